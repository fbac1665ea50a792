import Foundation
import JSONCore
import TestSupport
import Testing

/// The nginx configuration `dpp demo --nginx` writes, run by Debian's nginx on 127.0.0.1 over the
/// demo site and asked with real HTTP requests (curl) what GS1's resolver standard 1.2 asks of a resolver.
@Suite(.requiring(tool: "nginx", debianPackage: "nginx"), .requiring(tool: "curl", debianPackage: "curl"))
struct NginxResolverTests {
    static let base = "https://dpp.example.com"
    static let lot = "/01/09521234000358/10/KC-BN-2026-001"
    /// What Chromium sends for a page it opens, and a Mongolian phone's languages.
    static let chromiumAccept =
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
    static let mongolianPhone = "mn-MN,mn;q=0.9,en;q=0.8"

    /// Runs `body` with nginx serving the site `publish` writes into a folder (and returns the
    /// path of), given the options that write its nginx configuration (`--nginx`, `--listen`).
    static func withSite(_ publish: (TemporaryFolder, [String]) throws -> String, _ body: (NginxServer) throws -> Void) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let port = try NginxServer.freePort()
        _ = try publish(folder, ["--nginx", folder.path("nginx"), "--listen", "127.0.0.1:\(port)"])
        let server = try NginxServer(folder: folder.path("nginx"), port: port)
        defer { server.stop() }
        try body(server)
    }

    /// Runs `body` with nginx serving the demo (signed unless `options` say otherwise).
    static func withDemo(_ options: [String] = [], _ body: (NginxServer) throws -> Void) throws {
        try withSite(
            { folder, nginx in
                let result = try DPPProcess.run(["demo", "--out", folder.path("site")] + nginx + options)
                try #require(result.status == 0, "\(result.stderr)")
                return folder.path("site")
            }, body)
    }

    @Test func aPhoneScanningTheQRIsRedirectedToThePageInItsLanguage() throws {
        try Self.withDemo { server in
            let response = try server.request(Self.lot, headers: ["Accept": Self.chromiumAccept, "Accept-Language": Self.mongolianPhone])
            #expect(response.status == 307)
            #expect(response["Location"] == "\(Self.base)\(Self.lot)/index.mn.html")
            #expect(response["Link"] == "<\(Self.base)\(Self.lot)/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\"")
            #expect(response["Vary"] == "Accept, Accept-Language")
            #expect(response["Access-Control-Allow-Origin"] == "*")
            let cases: [(String, String)] = [
                ("de;q=0.5, fr;q=0.9", "index.fr.html"), ("it", "index.it.html"), ("ja, de-CH;q=0.3", "index.de.html"),
                ("ja", "index.html"), ("en-GB,en;q=0.9,mn;q=0.8", "index.html"), ("fr;q=0, de;q=0.1", "index.de.html"),
            ]
            for (languages, page) in cases {
                let answer = try server.request(Self.lot, headers: ["Accept": Self.chromiumAccept, "Accept-Language": languages])
                #expect(answer["Location"] == "\(Self.base)\(Self.lot)/\(page)", "\(languages)")
            }
            // UNTP's language parameter overrides the header, and is passed on.
            let asked = try server.request(Self.lot + "?language=de-CH", headers: ["Accept-Language": Self.mongolianPhone])
            #expect(asked["Location"] == "\(Self.base)\(Self.lot)/index.de.html?language=de-CH")
            let unknown = try server.request(Self.lot + "?language=ja", headers: ["Accept-Language": Self.mongolianPhone])
            #expect(unknown["Location"] == "\(Self.base)\(Self.lot)/index.mn.html?language=ja")
            // No headers at all (curl sends Accept: */*), and a trailing slash: the default link.
            #expect(try server.request(Self.lot + "/")["Location"] == "\(Self.base)\(Self.lot)/index.html")
        }
    }

    @Test func machinesGetThePassportAsTheyAskForIt() throws {
        try Self.withDemo { server in
            let accepts: [(String, String)] = [
                ("application/ld+json", "passport.jsonld"), ("application/json", "passport.jsonld"),
                ("application/vc+jwt", "passport.jwt"), ("text/html;q=0.5, application/ld+json", "passport.jsonld"),
                ("application/ld+json;q=0.4, text/html;q=0.8", "index.html"),
            ]
            for (accept, file) in accepts {
                let response = try server.request(Self.lot, headers: ["Accept": accept])
                #expect(response.status == 307)
                #expect(response["Location"] == "\(Self.base)\(Self.lot)/\(file)", "\(accept)")
            }
            let linkset = try server.request(Self.lot, headers: ["Accept": "application/linkset+json"])
            #expect(linkset.status == 200)
            #expect(linkset["Content-Type"] == "application/linkset+json")
        }
    }

    @Test func aLinkTypeIsRedirectedToWithTheQueryStringAndTheDefaultLinkWhenThereIsNone() throws {
        try Self.withDemo { server in
            let cases: [(String, String)] = [
                ("linkType=gs1:pip", "\(Self.lot)/index.de.html?linkType=gs1:pip"),
                ("linkType=gs1%3Adpp&x=1", "\(Self.lot)/passport.jsonld?linkType=gs1%3Adpp&x=1"),
                ("linkType=https%3A%2F%2Fgs1.org%2Fvoc%2Fdpp", "\(Self.lot)/passport.jsonld?linkType=https%3A%2F%2Fgs1.org%2Fvoc%2Fdpp"),
                ("linkType=https://ref.gs1.org/voc/pip", "\(Self.lot)/index.de.html?linkType=https://ref.gs1.org/voc/pip"),
                ("linkType=gs1:epcis", "\(Self.lot)/index.de.html?linkType=gs1:epcis"),
                ("linkType=gs1:serviceInfo", "REPAIR"),
            ]
            for (query, target) in cases {
                let response = try server.request(Self.lot + "?" + query, headers: ["Accept-Language": "de"])
                #expect(response.status == 307, "\(query)")
                let expected = target == "REPAIR" ? "https://khangai-cashmere.example.com/repair?\(query)" : Self.base + target
                #expect(response["Location"] == expected, "\(query)")
            }
            let dfr = try server.request(Self.lot + "?linkType=untp:dfr")
            #expect(dfr["Location"]?.hasPrefix("\(Self.base)/facilities/") == true, "\(dfr.headers)")
            let events = try server.request(Self.lot + "?linkType=gs1:traceability")
            #expect(events["Location"]?.hasPrefix("\(Self.base)/events/") == true, "\(events.headers)")
        }
    }

    @Test func linkTypeAllAnswersTheLinksetOfTheLotAndItsProduct() throws {
        try Self.withDemo { server in
            for query in ["linkType=all", "linkType=linkset", "linkType=ALL"] {
                let response = try server.request(Self.lot + "?" + query)
                #expect(response.status == 200, "\(query)")
                #expect(response["Content-Type"] == "application/linkset+json")
                #expect(response["Link"]?.contains("\(Self.lot)/linkset.json>; rel=\"linkset\"") == true)
                let linkset = try JSONParser().parse(response.body)
                #expect(
                    linkset["linkset"]?.arrayValue?.map { $0["anchor"]?.stringValue } == [
                        "\(Self.base)\(Self.lot)", "\(Self.base)/01/09521234000358",
                    ])
            }
        }
    }

    @Test func headOptionsProductsAndSerials() throws {
        try Self.withDemo { server in
            let head = try server.request(Self.lot, method: "HEAD")
            #expect(head.status == 307)
            #expect(head["Location"] == "\(Self.base)\(Self.lot)/index.html")
            let options = try server.request(
                Self.lot, method: "OPTIONS", headers: ["Origin": "https://shop.example", "Access-Control-Request-Method": "GET"])
            #expect(options.status == 204)
            #expect(options["Access-Control-Allow-Origin"] == "*")
            #expect(options["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS")
            #expect(options["Access-Control-Expose-Headers"]?.contains("Link") == true)
            // The product: its own page, the product and its lots.
            let product = try server.request("/01/09521234000112")
            #expect(product.status == 307)
            #expect(product["Location"] == "\(Self.base)/01/09521234000112/index.html")
            #expect(product["Link"] == "<\(Self.base)/01/09521234000112/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\"")
            // A product has no passport of its own: a machine asking for one gets the page listing its lots, in its language.
            let productPassport = try server.request("/01/09521234000112", headers: ["Accept": "application/ld+json", "Accept-Language": "mn"])
            #expect(productPassport["Location"] == "\(Self.base)/01/09521234000112/index.mn.html")
            // A serial without its lot is answered by its product, the level the site knows it at.
            let serial = try server.request("/01/09521234000112/21/SN-0001")
            #expect(serial.status == 307)
            #expect(serial["Location"] == "\(Self.base)/01/09521234000112/index.html")
            #expect(serial["Link"] == "<\(Self.base)/01/09521234000112/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\"")
            // A serial under a published lot is answered by the lot.
            for path in [Self.lot + "/21/SN-0001", Self.lot + "/21/SN-0001/"] {
                let response = try server.request(path, headers: ["Accept-Language": "fr"])
                #expect(response.status == 307, "\(path)")
                #expect(response["Location"] == "\(Self.base)\(Self.lot)/index.fr.html", "\(path)")
            }
        }
    }

    @Test func anItemTheEventsNameIsAKeyOfItsOwnRedirectedAsItsLot() throws {
        try Self.withSite(SerialisedItems.publish(in:_:)) { server in
            let lot = SerialisedItems.lot
            for path in [lot + "/21/0003", lot + "/21/0003/"] {
                let response = try server.request(path, headers: ["Accept": Self.chromiumAccept, "Accept-Language": Self.mongolianPhone])
                #expect(response.status == 307, "\(path)")
                #expect(response["Location"] == "\(Self.base)\(lot)/index.mn.html", "\(path)")
                #expect(response["Link"] == "<\(Self.base)\(lot)/21/0003/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\"")
            }
            let passport = try server.request(lot + "/21/0001?linkType=gs1:dpp")
            #expect(passport["Location"] == "\(Self.base)\(lot)/passport.jsonld?linkType=gs1:dpp")
            let all = try server.request(lot + "/21/0002?linkType=all")
            #expect(all.status == 200)
            #expect(all["Content-Type"] == "application/linkset+json")
            let anchors = try JSONParser().parse(all.body)["linkset"]?.arrayValue?.map { $0["anchor"]?.stringValue }
            #expect(anchors == ["\(Self.base)\(lot)/21/0002", "\(Self.base)\(lot)", "\(Self.base)/01/09521234000358"])
            let file = try server.request(lot + "/21/0002/linkset.json")
            #expect(file.status == 200)
            #expect(file["Content-Type"] == "application/linkset+json")
            #expect(file["Link"] == "<\(Self.base)\(lot)/21/0002/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\"")
            // A serial the events do not name is still answered by its lot, with the lot's linkset.
            let unnamed = try server.request(lot + "/21/0004?linkType=all")
            #expect(try JSONParser().parse(unnamed.body)["linkset"]?.arrayValue?.first?["anchor"]?.stringValue == "\(Self.base)\(lot)")
            #expect(try server.request(lot + "/21/0004/linkset.json").status == 404)
        }
    }

    @Test func malformedPathsAre400AndUnknownKeys404WithAPage() throws {
        try Self.withDemo { server in
            // GTIN-13 included: a legacy form the standard removed, refused as `dpp link` refuses it.
            for path in [
                "/01/12345", "/01/0952123400035X", "/01/9521234000358/10/KC-BN-2026-001", "/01/09521234000358/99/x", "/01/09521234000358/21/a/10/b",
                "/01",
            ] {
                #expect(try server.request(path).status == 400, "\(path)")
            }
            for path in ["/01/09521234999999", "/01/09521234999999/10/X", "/01/09521234000358/10/NO-SUCH-LOT", "/414/9521234000419", "/nothing"] {
                let response = try server.request(path)
                #expect(response.status == 404, "\(path)")
                #expect(response["Content-Type"] == "text/html; charset=utf-8", "\(path)")
                #expect(response.body.contains("No passport here"), "\(path)")
                #expect(response["Access-Control-Allow-Origin"] == "*")
            }
        }
    }

    @Test func filesAreServedWithTheirMediaTypesAndALinkToTheirKeysLinkset() throws {
        try Self.withDemo { server in
            let files: [(String, String)] = [
                (Self.lot + "/passport.jsonld", "application/ld+json"), (Self.lot + "/passport.jwt", "application/vc+jwt"),
                (Self.lot + "/linkset.json", "application/linkset+json"), (Self.lot + "/index.mn.html", "text/html; charset=utf-8"),
                (Self.lot + "/qr.svg", "image/svg+xml"), ("/.well-known/gs1resolver", "application/json"),
                ("/index.html", "text/html; charset=utf-8"),
            ]
            for (path, type) in files {
                let response = try server.request(path)
                #expect(response.status == 200, "\(path)")
                #expect(response["Content-Type"] == type, "\(path)")
            }
            let passport = try server.request(Self.lot + "/passport.jsonld")
            #expect(passport["Link"] == "<\(Self.base)\(Self.lot)/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\"")
            #expect(passport["Vary"] == nil)
            // A file under a key the site does not publish: no linkset to point at.
            let unknown = try server.request("/01/09521234999999/10/X/index.html")
            #expect(unknown.status == 404)
            #expect(unknown["Link"] == nil)
        }
    }

    /// Lots whose numbers nginx decodes in their paths (`KC&SW+2`, `KC/SC/1` with slashes, `KC"WC<1`),
    /// percent-encoded in their Digital Links and folder names, are redirected to their own files
    /// (their folder names encoded once more), which nginx serves with the lot's `Link`; their
    /// linksets are answered; so is the lot beside them, whose number nginx leaves as it is.
    @Test func percentEncodedLotsAreRedirectedToTheirOwnFiles() throws {
        try Self.withSite(PercentEncodedLots.publish(in:_:)) { server in
            for (lot, files) in PercentEncodedLots.lots {
                let link = "<\(Self.base)\(files)/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\""
                for (language, file) in [("mn", "index.mn.html"), ("fr", "index.fr.html"), ("ja", "index.html")] {
                    let response = try server.request(lot, headers: ["Accept": Self.chromiumAccept, "Accept-Language": language])
                    #expect(response.status == 307, "\(lot) \(language)")
                    #expect(response["Location"] == "\(Self.base)\(files)/\(file)", "\(lot) \(language)")
                    #expect(response["Link"] == link, "\(lot)")
                    let page = try server.request("\(files)/\(file)")
                    #expect(page.status == 200, "\(files)/\(file)")
                    #expect(page["Link"] == link, "\(files)/\(file)")
                }
                let passport = try server.request(lot, headers: ["Accept": "application/ld+json"])
                #expect(passport["Location"] == "\(Self.base)\(files)/passport.jsonld", "\(lot)")
                // The passport's credential id (its Digital Link and /passport.jsonld) is the passport.
                let credential = try server.request(lot + "/passport.jsonld")
                #expect(credential.status == 200, "\(lot)/passport.jsonld")
                #expect(credential["Content-Type"] == "application/ld+json", "\(lot)")
                #expect(credential["Link"] == link, "\(lot)/passport.jsonld")
                let id = try? JSONParser().parse(credential.body)["id"]?.stringValue
                #expect(id == Self.base + lot + "/passport.jsonld")
                let all = try server.request(lot + "?linkType=all")
                #expect(all.status == 200, "\(lot)")
                let anchor = try? JSONParser().parse(all.body)["linkset"]?.arrayValue?.first?["anchor"]?.stringValue
                #expect(anchor == Self.base + lot)
            }
            // An item under the lot with slashes is a key of its own, redirected as its lot.
            let (item, files) = PercentEncodedLots.item
            let response = try server.request(item, headers: ["Accept": Self.chromiumAccept, "Accept-Language": "mn"])
            #expect(response.status == 307)
            #expect(response["Location"] == "\(Self.base)/01/09521234000280/10/KC%252FSC%252F1/index.mn.html")
            #expect(response["Link"] == "<\(Self.base)\(files)/linkset.json>; rel=\"linkset\"; type=\"application/linkset+json\"")
            let all = try server.request(item + "?linkType=all")
            #expect(all.status == 200)
            let anchor = try? JSONParser().parse(all.body)["linkset"]?.arrayValue?.first?["anchor"]?.stringValue
            #expect(anchor == Self.base + item)
        }
    }

    @Test func anUnsignedSiteSendsJWTRequestsToTheDefaultLink() throws {
        try Self.withDemo(["--unsigned"]) { server in
            let response = try server.request(Self.lot, headers: ["Accept": "application/vc+jwt", "Accept-Language": "it"])
            #expect(response.status == 307)
            #expect(response["Location"] == "\(Self.base)\(Self.lot)/index.it.html")
        }
    }

    @Test func aBaseURLWithAPathOrAListenWithoutNginxIsAUsageErrorAndNothingIsPublished() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let catalog = GenerateCommandTests.catalogPath, events = GenerateCommandTests.eventsPath
        let withPath = try DPPProcess.run([
            "generate", "--catalog", catalog, "--events", events, "--out", folder.path("site"), "--at", "2026-09-01",
            "--base-url", "https://example.com/dpp", "--nginx", folder.path("nginx"),
        ])
        #expect(withPath.status == 2)
        #expect(withPath.stderr.contains("nginx serves the site at the root of a host"), "\(withPath.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("nginx")))
        let listen = try DPPProcess.run(["demo", "--out", folder.path("site"), "--listen", "8080"])
        #expect(listen.status == 2)
        #expect(listen.stderr.contains("--listen goes with --nginx"))
    }

    /// A site folder nginx cannot be configured for fails the run once the site is made: the
    /// previous site stays as it was, and no configuration or staging folder is left.
    @Test func aSiteFolderNginxCannotServeLeavesThePreviousSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let catalog = GenerateCommandTests.catalogPath, events = GenerateCommandTests.eventsPath
        let parent = folder.path("a\"b")
        try FileManager.default.createDirectory(atPath: parent + "/site", withIntermediateDirectories: true)
        try "previous".write(toFile: parent + "/site/index.html", atomically: true, encoding: .utf8)
        try "{}".write(toFile: parent + "/site/report.json", atomically: true, encoding: .utf8)
        let run = try DPPProcess.run([
            "generate", "--catalog", catalog, "--events", events, "--out", parent + "/site", "--at", "2026-09-01", "--nginx",
            folder.path("nginx"),
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("must be an absolute path without quotes"), "\(run.stderr)")
        #expect(try String(contentsOfFile: parent + "/site/index.html", encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["site"])
        #expect(!FileManager.default.fileExists(atPath: folder.path("nginx")))
    }

    /// A configuration folder inside the site is refused before any work (exit 2): the previous
    /// site stays as it was, and nothing is written into it.
    @Test func aConfigurationFolderInsideTheSiteIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("site"), withIntermediateDirectories: true)
        try "previous".write(toFile: folder.path("site/index.html"), atomically: true, encoding: .utf8)
        try "{}".write(toFile: folder.path("site/report.json"), atomically: true, encoding: .utf8)
        let run = try DPPProcess.run([
            "generate", "--catalog", GenerateCommandTests.catalogPath, "--events", GenerateCommandTests.eventsPath, "--out",
            folder.path("site"), "--at", "2026-09-01", "--nginx", folder.path("site/nginx"),
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("the nginx configuration folder \(folder.path("site/nginx")) is inside the site folder"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("site")).sorted() == ["index.html", "report.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
    }
}
