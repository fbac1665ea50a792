import Foundation
import JSONCore
import TestSupport
import Testing

/// The UNTP versions `--untp` takes.
enum UNTPVersions {
    static let all = ["0.7.0", "0.6.1"]
}

/// `dpp demo` and `dpp generate` run as a user would: the published site, its determinism,
/// broken inputs, and lot numbers that try to escape the output folder.
@Suite struct GenerateCommandTests {
    static let catalogPath = DemoFixtures.file("catalog.json").path
    static let eventsPath = DemoFixtures.file("events.jsonld").path

    /// The production lots of the fixtures (Fixtures/tools/make-demo-fixtures.py, PRODUCTION_LOTS)
    /// at their Digital Link folders; GTINs are the catalogue's.
    static let expectedFolders = [
        "01/09521234000112/10/KC-SW-2026-001", "01/09521234000112/10/KC-SW-2026-002",
        "01/09521234000280/10/KC-SC-2026-001", "01/09521234000358/10/KC-BN-2026-001",
        "01/09521234000426/10/KC-CT-2026-001", "01/09521234000594/10/KC-WC-2026-001",
    ]

    /// The GLNs of the demo's facility records: the manufacturer's dehairing plant, spinning mill
    /// and knitting factory, the five herder cooperatives' pastures and the silk supplier's mill.
    static let facilityRecordGLNs = [
        "9521234000273", "9521234000341", "9521234000419", "9521234001027", "9521234001195", "9521234001263", "9521234001331",
        "9521234001409", "9524321000170",
    ]
    /// The traceability event credentials of the demo site: events 1 to 41 of the fixtures, those
    /// in the passports' traces (the cartons' packing, 42 to 47, and their export, 48, come after
    /// the lots were made and are in no trace).
    static let expectedEventNames = (1...41).map { String(format: "5c0a7e10-2026-4d00-9b00-%012d", $0) }

    static func generate(events: String = eventsPath, catalog: String = catalogPath, out: String, key: String? = nil) throws -> ChildProcess.Result {
        try DPPProcess.run(
            ["generate", "--catalog", catalog, "--events", events, "--out", out, "--at", "2026-09-01"] + (key.map { ["--key", $0] } ?? []))
    }

    /// A number too large for a `Double` in any input (a catalogue weight, an EPCIS quantity or
    /// sensor value, a step row's test result) stops `dpp generate` with exit status 1 and the
    /// rule that refuses it, where each was read as infinity and stopped the run with a trap
    /// (exit 132). The demo inputs with one number changed.
    @Test(arguments: [
        ("catalog.json", "\"weightGrams\": 300,", "\"weightGrams\": 1e999,", "CATALOG-NUMBER-RANGE"),
        ("events.jsonld", "\"quantity\": 350,", "\"quantity\": 1e999,", "EPCIS-QUANTITY"),
        ("events.jsonld", "\"meanValue\": 15.8,", "\"meanValue\": 1e999,", "EPCIS-NUMBER"),
        ("steps.csv", ",15.8,", ",1e999,", "STEP-VALUE"),
    ])
    func aNumberBeyondADoubleInAnyInputIsRefusedNotATrap(file: String, original: String, changed: String, rule: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var text = try DemoFixtures.text(file)
        text.replaceSubrange(try #require(text.range(of: original)), with: changed)
        let path = try folder.write(file, text)
        let catalog = file == "catalog.json" ? path : Self.catalogPath
        let events = file == "catalog.json" ? Self.eventsPath : path
        let result = try DPPProcess.run(["generate", "--catalog", catalog, "--events", events, "--out", folder.path("site"), "--at", "2026-09-01"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("[\(rule)]") || result.stderr.contains("[\(rule)]"), "\(result.stdout)\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test func demoPublishesAPassportForEverySKUAndLot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run(["demo", "--out", folder.path("site")])
        #expect(result.status == 0, "\(result.stderr)")
        // Signed by the demo issuer, whose DID document is at the path its DID resolves to on the site's host.
        var expected = [
            "contexts/textile-passport/v2.jsonld", "index.html", "report.json", "khangai-cashmere/did.json", "status/allocation.json",
            "status/revocation.jwt", ".well-known/gs1resolver", "publication-manifest.txt",
        ]
        let pages = ["index.html", "index.mn.html", "index.de.html", "index.fr.html", "index.it.html"]
        for lot in Self.expectedFolders {
            expected += (pages + ["passport.jsonld", "passport.jwt", "qr.png", "qr.svg", "linkset.json"]).map { "\(lot)/\($0)" }
        }
        // The linkset of each product, in the folder of its GTIN, and its page in every language.
        let products = Set(Self.expectedFolders.map { $0.split(separator: "/").prefix(2).joined(separator: "/") })
        expected += products.map { $0 + "/linkset.json" }
        expected += products.flatMap { product in pages.map { "\(product)/\($0)" } }
        expected += Self.facilityRecordGLNs.flatMap { ["facilities/\($0).jsonld", "facilities/\($0).jwt"] }
        expected += Self.expectedEventNames.flatMap { ["events/\($0).jsonld", "events/\($0).jwt"] }
        #expect(folder.files(under: "site") == expected.sorted())
        // The demo key is outside the site.
        #expect(folder.files(under: "site-keys").filter { $0.hasSuffix(".pem") }.count == 1)
        #expect(result.stderr.contains("Created the demo signing key"))
        let index = try String(contentsOfFile: folder.path("site/index.html"), encoding: .utf8)
        for lot in Self.expectedFolders { #expect(index.contains(lot + "/index.html")) }
    }

    @Test func twoRunsGiveByteIdenticalSites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["keys", "new", "--did", "did:web:dpp.example.com:khangai-cashmere", "--out", folder.path("keys")]).status == 0)
        let key = folder.path("keys/" + (folder.files(under: "keys").first { $0.hasSuffix(".pem") } ?? ""))
        #expect(try DPPProcess.run(["demo", "--out", folder.path("one"), "--key", key]).status == 0)
        #expect(try Self.generate(out: folder.path("two"), key: key).status == 0)
        let files = folder.files(under: "one")
        #expect(files == folder.files(under: "two"))
        // Ed25519 signatures are deterministic: the passport.jwt, events/*.jwt and facilities/*.jwt files are the same too.
        #expect(files.count == 6 + 6 * 9 + 5 * 5 + 41 * 2 + 9 * 2 + 6 + 5 + 1 + 1)
        // A third run over the second's site reuses every passport and event, and changes no byte.
        let third = try Self.generate(out: folder.path("two"), key: key)
        #expect(third.status == 0)
        #expect(
            third.stderr.contains("reused as they were: 6 of 6 passport(s), 41 traceability event(s); 6 passport check(s) as recorded"),
            "\(third.stderr)")
        #expect(files == folder.files(under: "two"))
        for file in files {
            let one = FileManager.default.contents(atPath: folder.path("one/" + file))
            #expect(one == FileManager.default.contents(atPath: folder.path("two/" + file)), "\(file) differs between runs")
        }
    }

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"))
    func everyQRCodeDecodesToItsPassportsDigitalLink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        for lot in Self.expectedFolders {
            let decoded = try OutsideTool.zbarDecode(folder.file("site/\(lot)/qr.png"))
            #expect(decoded == Array("https://dpp.example.com/\(lot)".utf8))
        }
    }

    /// The demo written by default (UNTP 0.7.0, with its textile context `v2.jsonld`) and with
    /// `--untp 0.6.1` (with `v1.jsonld`).
    @Test(arguments: [(nil, "v2.jsonld", "0.7.0"), ("0.6.1", "v1.jsonld", "0.6.1")])
    func demoWritesTheUNTPVersionAskedFor(untp: String?, context: String, version: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run(["demo", "--unsigned", "--out", folder.path("site")] + (untp.map { ["--untp", $0] } ?? []))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(under: "site/contexts") == ["textile-passport/" + context])
        let passport = try JSONParser().parse(Array(try Data(contentsOf: folder.file("site/\(Self.expectedFolders[0])/passport.jsonld"))))
        let contexts = passport["@context"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let untpContexts = [
            "0.7.0": "https://vocabulary.uncefact.org/untp/0.7.0/context/", "0.6.1": "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/",
        ]
        #expect(
            contexts == [
                "https://www.w3.org/ns/credentials/v2", untpContexts[version]!, "https://dpp.example.com/contexts/textile-passport/" + context,
            ])
        let page = try String(contentsOfFile: folder.path("site/\(Self.expectedFolders[0])/index.html"), encoding: .utf8)
        #expect(page.contains("UNTP Digital Product Passport \(version))"))
    }

    @Test func anUnknownUNTPVersionIsAUsageError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run(["demo", "--untp", "0.5.0", "--out", folder.path("site")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--untp must be 0.6.1 or 0.7.0, not '0.5.0'"))
    }

    @Test(.requiring(.all, otherwise: "the UNTP and VC schemas are not here to check against"), arguments: UNTPVersions.all)
    func passportsAreValidAgainstTheUNTPAndVCSchemas(untp: String) throws {
        try checkOutside("schemas", untp: untp)
    }

    @Test(.requiring(.all, otherwise: "the VC and UNTP JSON-LD contexts are not here"), arguments: UNTPVersions.all)
    func passportsExpandWithPyLDWithoutDroppingATerm(untp: String) throws {
        try checkOutside("jsonld", untp: untp)
    }

    /// In RDF the credential and the product are two nodes (in 0.6.1 the passport subject too: it
    /// once had the product's id, making one node that was both and linked to itself).
    @Test(.requiring(.all, otherwise: "the VC and UNTP JSON-LD contexts are not here"), arguments: UNTPVersions.all)
    func thePassportAndTheProductAreDistinctRDFNodes(untp: String) throws {
        try checkOutside("nodes", untp: untp)
    }

    @Test(.requiring(.all, otherwise: "the UNTP 0.7.0 DTE and VC schemas are not here to check against"))
    func traceabilityEventsAreValidAgainstTheUNTPDTEAndVCSchemas() throws {
        try checkOutside("event-schemas", untp: "0.7.0", expecting: "41 traceability events checked, 0 problems")
    }

    @Test(.requiring(.all, otherwise: "the VC and UNTP 0.7.0 JSON-LD contexts are not here"))
    func traceabilityEventsExpandWithPyLDWithoutDroppingATerm() throws {
        try checkOutside("event-jsonld", untp: "0.7.0", expecting: "41 traceability events checked, 0 problems")
    }

    private func checkOutside(_ check: String, untp: String, expecting summary: String = "6 passports checked, 0 problems") throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--untp", untp, "--out", folder.path("site")]).status == 0)
        let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/outside_checks.py").path
        let result = try OutsideTool.run("python3", [script, check, folder.path("site"), ReferenceFolder.all.url.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(summary))
    }

    // MARK: - Broken inputs: a diagnostic with a location, the exit code, and nothing published

    @Test func aMissingCatalogueIsUnreadable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Self.generate(catalog: folder.path("no-such.json"), out: folder.path("site"))
        #expect(result.status == 2)
        #expect(result.stderr.contains(folder.path("no-such.json") + ": error: no such file [INPUT-UNREADABLE]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test func malformedJSONIsUnreadableWithLineAndColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let catalog = try folder.write("catalog.json", "{\n  \"issuer\": {\"name\": \"X\",,\n}")
        let result = try Self.generate(catalog: catalog, out: folder.path("site"))
        #expect(result.status == 2)
        // Line 2 is `  "issuer": {"name": "X",,`: the second comma is its 26th character.
        #expect(result.stderr.contains("\(catalog):2:26: error:"))
        #expect(result.stderr.contains("[JSON-MALFORMED]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test func anEventReferencingAnUnknownLotIsInvalid() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The camel throw's knitting consumes YRN-CA-2026-01; make it consume a lot nobody made.
        let text = try String(contentsOfFile: Self.eventsPath, encoding: .utf8)
        let broken = try #require(Self.replacingFirstInput(of: "KC-CT-2026-001", in: text, with: "YRN-CA-2026-99"))
        let events = try folder.write("events.jsonld", broken)
        let result = try Self.generate(events: events, out: folder.path("site"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("YRN-CA-2026-99"))
        #expect(result.stderr.contains("\(events) at /epcisBody/eventList/"))
        #expect(result.stderr.contains("[TRACE-NO-ORIGIN]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test func aGTINWithAWrongCheckDigitIsInvalidAndKeepsThePreviousSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        let before = folder.files(under: "site")
        // 09521234000112's check digit is 2 (3×(0+5+1+3+0+0+1)+(9+2+2+4+0+1) = 48, 50 − 48 = 2).
        let text = try String(contentsOfFile: Self.catalogPath, encoding: .utf8)
        let catalog = try folder.write("catalog.json", text.replacingOccurrences(of: "\"09521234000112\"", with: "\"09521234000113\""))
        let result = try Self.generate(catalog: catalog, out: folder.path("site"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(catalog) at /products/0/gtin: error:"))
        #expect(result.stderr.contains("[GS1-CHECK-DIGIT]"))
        #expect(folder.files(under: "site") == before)
        // The demo's own report (site-report/) is beside its site; the failed run wrote nothing anywhere.
        #expect(
            folder.files().allSatisfy { $0.hasPrefix("site/") || $0.hasPrefix("site-keys/") || $0.hasPrefix("site-report/") || $0 == "catalog.json" })
    }

    // MARK: - Hostile lot numbers

    @Test(arguments: [
        ("..%2F..%2Fescape", "../../escape", "%2E%2E%2F%2E%2E%2Fescape"),
        ("A%2FB", "A/B", "A%2FB"),
        ("%3Cscript%3Ex%3C%2Fscript%3E", "<script>x</script>", "%3Cscript%3Ex%3C%2Fscript%3E"),
    ])
    func aHostileLotStaysInsideTheSiteAndIsEscaped(encoded: String, lot: String, folderName: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try String(contentsOfFile: Self.eventsPath, encoding: .utf8)
        let events = try folder.write("events.jsonld", text.replacingOccurrences(of: "KC-SW-2026-002", with: encoded))
        let result = try Self.generate(events: events, out: folder.path("site"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files().allSatisfy { $0.hasPrefix("site/") || $0 == "events.jsonld" })
        let lotFolder = "site/01/09521234000112/10/\(folderName)"
        let page = try String(contentsOfFile: folder.path(lotFolder + "/index.html"), encoding: .utf8)
        let svg = try String(contentsOfFile: folder.path(lotFolder + "/qr.svg"), encoding: .utf8)
        let escapedLot = lot.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(page.contains("<dd>\(escapedLot)</dd>"))
        #expect(!page.contains("<script"))
        #expect(!svg.contains("<script"))
        #expect(svg.contains("<title>https://dpp.example.com/01/09521234000112/10/\(encoded)</title>"))
    }

    @Test func aLotWithASpaceIsRefusedNotSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try String(contentsOfFile: Self.eventsPath, encoding: .utf8)
        let events = try folder.write("events.jsonld", text.replacingOccurrences(of: "KC-SW-2026-002", with: "LOT%202"))
        let result = try Self.generate(events: events, out: folder.path("site"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("[EPCIS-IDENTIFIER]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    /// `text` with the first input lot of the event producing `lot` renamed to `newLot`.
    static func replacingFirstInput(of lot: String, in text: String, with newLot: String) -> String? {
        guard let output = text.range(of: "/10/\(lot)\""),
            let event = text.range(of: "\"inputQuantityList\"", options: .backwards, range: text.startIndex..<output.lowerBound),
            let input = text.range(of: #"/10/[A-Z0-9-]+""#, options: .regularExpression, range: event.upperBound..<output.lowerBound)
        else { return nil }
        return text.replacingCharacters(in: input, with: "/10/\(newLot)\"")
    }
}

extension GenerateCommandTests {
    @Test func theXMLAndJSONLDFixturesGiveByteIdenticalSites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xml = DemoFixtures.file("events.xml").path
        #expect(try Self.generate(out: folder.path("json")).status == 0)
        let fromXML = try Self.generate(events: xml, out: folder.path("xml"))
        #expect(fromXML.status == 0, "\(fromXML.stderr)")
        let files = folder.files(under: "json")
        #expect(files == folder.files(under: "xml"))
        for file in files where file != "report.json" {
            let json = FileManager.default.contents(atPath: folder.path("json/" + file))
            #expect(json == FileManager.default.contents(atPath: folder.path("xml/" + file)), "\(file) differs between XML and JSON-LD input")
        }
    }
}
