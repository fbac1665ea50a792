import Foundation
import JSONCore
import TestSupport
import Testing

/// The resolver files of a published site: every key's linkset and `/.well-known/gs1resolver`,
/// checked against GS1's and UNTP's schemas with Python `jsonschema`, and their links against the passports.
@Suite struct ResolverLinksetTests {
    static let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/resolver_checks.py").path
    static let base = "https://dpp.example.com"

    /// Runs `resolver_checks.py schemas` on the site at `site`.
    static func check(site: String) throws -> ChildProcess.Result {
        try OutsideTool.run("python3", [script, "schemas", site, ReferenceFolder.all.url.path, base])
    }

    /// The demo published in `folder/site`, signed with the demo key.
    static func demo(_ folder: TemporaryFolder, _ options: [String] = []) throws -> String {
        let result = try DPPProcess.run(["demo", "--out", folder.path("site")] + options)
        try #require(result.status == 0, "\(result.stderr)")
        return folder.path("site")
    }

    static func json(_ path: String) throws -> JSONValue {
        try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test(.requiring(.all, otherwise: "the linksets and the resolver description file are not checked against their schemas"))
    func everyLinksetAndTheDescriptionFileAreValidAgainstTheirSchemas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Self.check(site: try Self.demo(folder))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Five products and their six lots.
        #expect(result.stdout.contains("11 linksets ("), "\(result.stdout)")
        #expect(result.stdout.contains(", 0 problems"), "\(result.stdout)")
    }

    @Test(.requiring(.all, otherwise: "the linksets are not checked against their schemas"))
    func theCheckFindsALinkWithoutTitleAnUnknownRelationAndATargetOutsideTheSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try Self.demo(folder)
        let path = site + "/01/09521234000358/10/KC-BN-2026-001/linkset.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: #""title": "Silk-lined cashmere beanie, lot KC-BN-2026-001: product information (English)","#, with: "")
        text = text.replacingOccurrences(of: "\"https://ref.gs1.org/voc/pip\"", with: "\"gs1:pip\"")
        text = text.replacingOccurrences(of: "KC-BN-2026-001/passport.jsonld", with: "KC-BN-2026-001/missing.jsonld")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Self.check(site: site)
        #expect(result.status == 1)
        #expect(result.stdout.contains("GS1 linkset schema: 'title' is a required property"), "\(result.stdout)")
        #expect(result.stdout.contains("UNTP linkset schema: 'gs1:pip' does not match any of the regexes"), "\(result.stdout)")
        #expect(result.stdout.contains("missing.jsonld is not a file of the site"), "\(result.stdout)")
    }

    /// The links to the files of lots whose numbers are percent-encoded name the files (the
    /// check decodes a link's path once, as a web server does, to find its file).
    @Test(.requiring(.all, otherwise: "the linksets of percent-encoded lots are not checked"))
    func theLinksOfPercentEncodedLotsAreFilesOfTheSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try PercentEncodedLots.publish(in: folder)
        let result = try Self.check(site: site)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("12 linksets ("), "\(result.stdout)")
        for lot in PercentEncodedLots.lots {
            let linkset = try Self.json(site + lot.files.removingPercentEncoding! + "/linkset.json")
            let pip = linkset["linkset"]?[0]?["https://ref.gs1.org/voc/pip"]?.arrayValue?.compactMap { $0["href"]?.stringValue }
            #expect(pip?.first == Self.base + lot.files + "/index.html", "\(lot)")
        }
    }

    @Test func aLotsLinksetHoldsItsPagesPassportCertificatesEventsAndFacilitiesThenItsProduct() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try Self.demo(folder)
        let lot = "01/09521234000358/10/KC-BN-2026-001"
        let linkset = try Self.json("\(site)/\(lot)/linkset.json")
        let contexts = try #require(linkset["linkset"]?.arrayValue)
        #expect(contexts.map { $0["anchor"]?.stringValue } == ["\(Self.base)/\(lot)", "\(Self.base)/01/09521234000358"])
        let links = contexts[0]
        func hrefs(_ relation: String) -> [String] {
            (links[relation]?.arrayValue ?? []).compactMap { $0["href"]?.stringValue }
        }
        let pages = ["index.html", "index.mn.html", "index.de.html", "index.fr.html", "index.it.html"].map { "\(Self.base)/\(lot)/\($0)" }
        #expect(hrefs("https://ref.gs1.org/voc/pip") == pages)
        #expect(links["https://ref.gs1.org/voc/pip"]?.arrayValue?.map { $0["hreflang"] } == ["en", "mn", "de", "fr", "it"].map { [.string($0)] })
        #expect(hrefs("https://ref.gs1.org/voc/defaultLink") == [pages[0]])
        let passports = ["\(Self.base)/\(lot)/passport.jsonld", "\(Self.base)/\(lot)/passport.jwt"]
        #expect(hrefs("https://ref.gs1.org/voc/dpp") == passports)
        #expect(hrefs("dpp") == passports)
        #expect(links["dpp"]?.arrayValue?.map { $0["type"]?.stringValue } == ["application/ld+json", "application/vc+jwt"])
        #expect(hrefs("https://ref.gs1.org/voc/defaultLinkMulti") == pages + passports)
        // What the passport names: its certificates, recycling and repair pages, events and facility records.
        let passport = try Self.json("\(site)/\(lot)/passport.jsonld")
        let text = String(decoding: JSONWriter().bytes(passport), as: UTF8.self)
        let certificates = [
            "https://certs.example.org/sfa/SFA-MN-2026-0102", "https://certs.example.org/sfa/SFA-MN-2026-0119",
            "https://certs.example.org/oekotex/OTX-2026-CN-0017", "https://certs.example.org/sfa/SFA-MN-2025-0126",
        ]
        #expect(Set(hrefs("https://ref.gs1.org/voc/certificationInfo")) == Set(certificates))
        #expect(hrefs("https://ref.gs1.org/voc/sustainabilityInfo") == ["https://khangai-cashmere.example.com/take-back"])
        #expect(hrefs("https://ref.gs1.org/voc/serviceInfo") == ["https://khangai-cashmere.example.com/repair"])
        let events = hrefs("https://ref.gs1.org/voc/traceability")
        #expect(!events.isEmpty)
        for event in events {
            #expect(event.hasPrefix("\(Self.base)/events/") && text.contains("\"eventCredential\":\"\(event)\""), "\(event)")
        }
        let facilities = hrefs("dfr")
        #expect(!facilities.isEmpty)
        for facility in facilities {
            #expect(facility.hasPrefix("\(Self.base)/facilities/") && text.contains("\"facilityRecord\":\"\(facility)\""), "\(facility)")
        }
    }

    /// A product's linkset holds its own pages, which list its lots; the lots' passports are in
    /// the lots' linksets, each holding its own and none of its siblings'.
    @Test func aProductsLinksetHoldsItsPagesAndEachLotsItsOwnPassport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try Self.demo(folder, ["--unsigned"])
        let product = "\(Self.base)/01/09521234000112"
        let linkset = try Self.json("\(site)/01/09521234000112/linkset.json")
        let contexts = try #require(linkset["linkset"]?.arrayValue)
        #expect(contexts.map { $0["anchor"]?.stringValue } == [product])
        let pages = ["index.html", "index.mn.html", "index.de.html", "index.fr.html", "index.it.html"].map { "\(product)/\($0)" }
        #expect(contexts[0]["https://ref.gs1.org/voc/pip"]?.arrayValue?.compactMap { $0["href"]?.stringValue } == pages)
        #expect(contexts[0]["https://ref.gs1.org/voc/defaultLink"]?.arrayValue?.compactMap { $0["href"]?.stringValue } == [pages[0]])
        #expect(contexts[0]["https://ref.gs1.org/voc/dpp"] == nil)
        for lot in ["KC-SW-2026-001", "KC-SW-2026-002"] {
            let lotLinkset = try Self.json("\(site)/01/09521234000112/10/\(lot)/linkset.json")
            let lotContexts = try #require(lotLinkset["linkset"]?.arrayValue)
            #expect(lotContexts.count == 2)
            // Unsigned: no vc+jwt.
            #expect(
                lotContexts[0]["https://ref.gs1.org/voc/dpp"]?.arrayValue?.compactMap { $0["href"]?.stringValue } == [
                    "\(product)/10/\(lot)/passport.jsonld"
                ])
            #expect(lotContexts[1] == contexts[0], "\(lot)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(site)/01/09521234000112/10/KC-SW-2026-001/passport.jwt"))
        let description = try Self.json("\(site)/.well-known/gs1resolver")
        #expect(description["resolverRoot"] == .string(Self.base))
        #expect(description["supportedPrimaryKeys"] == ["01"])
    }

    @Test func eachItemTheEventsNameUnderALotHasALinksetWalkingUpToItsLotAndProduct() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try SerialisedItems.publish(in: folder)
        let lot = "\(Self.base)\(SerialisedItems.lot)"
        let lotLinkset = try Self.json("\(site)\(SerialisedItems.lot)/linkset.json")
        for serial in SerialisedItems.serials {
            let linkset = try Self.json("\(site)\(SerialisedItems.lot)/21/\(serial)/linkset.json")
            let contexts = try #require(linkset["linkset"]?.arrayValue)
            #expect(contexts.map { $0["anchor"]?.stringValue } == ["\(lot)/21/\(serial)", lot, "\(Self.base)/01/09521234000358"], "\(serial)")
            #expect(contexts[0]["itemDescription"] == .string("Silk-lined cashmere beanie, lot KC-BN-2026-001, serial \(serial)"))
            // The item's links are its lot's: the lot's passport and pages tell of the item.
            let lotLinks = lotLinkset["linkset"]?[0]
            #expect(contexts[0]["https://ref.gs1.org/voc/pip"] == lotLinks?["https://ref.gs1.org/voc/pip"])
            #expect(contexts[0]["https://ref.gs1.org/voc/dpp"] == lotLinks?["https://ref.gs1.org/voc/dpp"])
            #expect(contexts[1] == lotLinks)
        }
        // No other lot has items, and no item folder holds anything but its linkset.
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(site)\(SerialisedItems.lot)/21").sorted() == SerialisedItems.serials)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(site)\(SerialisedItems.lot)/21/0003") == ["linkset.json"])
        #expect(!FileManager.default.fileExists(atPath: "\(site)/01/09521234000112/10/KC-SW-2026-001/21"))
    }

    @Test(.requiring(.all, otherwise: "the item linksets are not checked against their schemas"))
    func itemLinksetsAreValidAgainstTheirSchemas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Self.check(site: try SerialisedItems.publish(in: folder))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Five products, their six lots and three items.
        #expect(result.stdout.contains("14 linksets ("), "\(result.stdout)")
        #expect(result.stdout.contains(", 0 problems"), "\(result.stdout)")
    }

    @Test func theHelpOfGenerateAndDemoNamesNginxAndListen() throws {
        for command in ["generate", "demo"] {
            let help = try DPPProcess.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("--nginx") && help.stdout.contains("--listen ADDR:PORT"), "\(command)")
        }
    }
}
