import Foundation
import JSONCore
import TestSupport
import Testing

/// The Digital Facility Records of a published site, checked as an outsider would: against UNTP's
/// DFR schema and W3C's VC schema with Python `jsonschema`, expanded with pyld, and their signatures verified by `dpp verify`.
@Suite struct FacilityRecordTests {
    static let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/facility_record_checks.py").path

    /// Runs a check of `facility_record_checks.py` on the site at `site`.
    static func check(_ check: String, site: String, _ options: [String] = []) throws -> ChildProcess.Result {
        try OutsideTool.run("python3", [script, check, site, ReferenceFolder.all.url.path] + options)
    }

    /// The demo published in `folder/site`, signed with the demo key.
    static func demo(_ folder: TemporaryFolder) throws -> String {
        let result = try DPPProcess.run(["demo", "--out", folder.path("site")])
        try #require(result.status == 0, "\(result.stderr)")
        return folder.path("site")
    }

    /// The site generated from the demo inputs with a catalogue that gives no facility's postal
    /// code, locality, region or coordinates (the members removed from the catalogue's JSON).
    static func siteWithoutLocations(_ folder: TemporaryFolder) throws -> (site: String, result: ChildProcess.Result) {
        let data = try Data(contentsOf: URL(fileURLWithPath: GenerateCommandTests.catalogPath))
        var catalog = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let facilities = try #require(catalog["facilities"] as? [[String: Any]])
        catalog["facilities"] = facilities.map { $0.filter { !["postalCode", "locality", "region", "latitude", "longitude"].contains($0.key) } }
        let path = folder.path("catalog.json")
        try JSONSerialization.data(withJSONObject: catalog).write(to: URL(fileURLWithPath: path))
        return (folder.path("site"), try GenerateCommandTests.generate(catalog: path, out: folder.path("site")))
    }

    @Test(.requiring(.all, otherwise: "the facility records are not checked against the UNTP DFR and VC schemas"))
    func demoRecordsAreValidInFull() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Self.check("schemas", site: try Self.demo(folder), ["--strict"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("9 facility records checked, 0 problems"))
    }

    @Test(.requiring(.all, otherwise: "the facility records are not checked against the UNTP DFR and VC schemas"))
    func recordsOfACatalogueWithoutLocationsAreValidButForWhatTheInputsDoNotGiveAndTheRunWarnsOf() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (site, generated) = try Self.siteWithoutLocations(folder)
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect((generated.stdout + generated.stderr).components(separatedBy: "[DFR-INCOMPLETE]").count - 1 == 9)
        let result = try Self.check("schemas", site: site)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("9 facility records checked, 0 problems"))
        // No postal code or coordinates anywhere, no locality or region for the four that are no herder's.
        #expect(result.stdout.contains("26 required members absent because the inputs do not give them"))
        #expect(try Self.check("schemas", site: site, ["--strict"]).status == 1)
    }

    /// The checks fail where they should: a gap the run did not warn of, a required member left
    /// out, and a member no schema allows and no context defines.
    @Test(.requiring(.all, otherwise: "the outside checks of facility records are not run"))
    func theChecksRefuseUnannouncedGapsAndUndefinedMembers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (site, result) = try Self.siteWithoutLocations(folder)
        try #require(result.status == 0, "\(result.stderr)")
        #expect(site == folder.path("site"))
        // Without the run's warnings, the 26 absent members are problems.
        let report = folder.path("site/report.json")
        let text = try String(contentsOfFile: report, encoding: .utf8).replacingOccurrences(of: "DFR-INCOMPLETE", with: "DFR-SILENCED")
        _ = try folder.write("site/report.json", text)
        let unannounced = try Self.check("schemas", site: folder.path("site"))
        #expect(unannounced.status == 1)
        #expect(unannounced.stdout.contains("9 facility records checked, 26 problems"), "\(unannounced.stdout)")
        // One record without its country and with a member of its own.
        let record = folder.path("site/facilities/9521234001409.jsonld")
        let changed = try String(contentsOfFile: record, encoding: .utf8).replacingOccurrences(
            of: #""countryOfOperation""#, with: #""herdSize": 120, "countryOfOperationGone""#)
        _ = try folder.write("site/facilities/9521234001409.jsonld", changed)
        let schemas = try Self.check("schemas", site: folder.path("site"), ["--strict"])
        #expect(schemas.status == 1)
        #expect(schemas.stdout.contains("'countryOfOperation' is a required property"), "\(schemas.stdout)")
        #expect(schemas.stdout.contains("'herdSize'"), "\(schemas.stdout)")
        let expanded = try Self.check("jsonld", site: folder.path("site"))
        #expect(expanded.status == 1)
        #expect(expanded.stdout.contains("dropped by JSON-LD expansion: /credentialSubject/herdSize"), "\(expanded.stdout)")
        // The renamed member and the member below it are dropped too.
        #expect(expanded.stdout.contains("9 facility records checked, 3 problems"), "\(expanded.stdout)")
    }

    @Test func signedRecordsVerifyAndCarryTheirDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try Self.demo(folder)
        let jwts = GenerateCommandTests.facilityRecordGLNs.map { "\(site)/facilities/\($0).jwt" }
        let verified = try DPPProcess.run(
            ["verify"] + jwts + ["--profile", "none", "--resolve", "https://dpp.example.com=\(site)", "--at", "2026-09-01"])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("9 credential(s): 9 verified, 0 not verified"))
        for gln in GenerateCommandTests.facilityRecordGLNs {
            let parts = try String(contentsOfFile: "\(site)/facilities/\(gln).jwt", encoding: .utf8).split(separator: ".")
            #expect(parts.count == 3)
            let payload = try #require(Data(base64Encoded: VerifyCommandTests.base64(String(parts[1]))))
            let document = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(site)/facilities/\(gln).jsonld"))))
            #expect(try JSONParser().parse(Array(payload)) == document, "\(gln)")
            #expect(document["id"]?.stringValue == "https://dpp.example.com/facilities/\(gln).jsonld")
        }
        // A record changed after signing no longer verifies.
        let parts = try String(contentsOfFile: jwts[3], encoding: .utf8).split(separator: ".").map(String.init)
        let payload = try #require(Data(base64Encoded: VerifyCommandTests.base64(parts[1])))
        let changed = String(decoding: payload, as: UTF8.self).replacingOccurrences(of: "Bayan-Ovoo", with: "Bayan-Uul")
        let tampered = try folder.write(
            "tampered.jwt", [parts[0], VerifyCommandTests.base64URL(Data(changed.utf8)), parts[2]].joined(separator: "."))
        let refused = try VerifyCommandTests.verify(
            [tampered, "--profile", "none", "--resolve", "https://dpp.example.com=\(site)", "--at", "2026-09-01", "--format", "json"])
        #expect(refused.status == 1)
        #expect(try VerifyCommandTests.errorRules(refused) == [tampered: ["JWS-SIGNATURE"]])
    }

    @Test func anUnsignedSiteHasNoRecordJWTs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run(["demo", "--out", folder.path("site"), "--unsigned"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(under: "site/facilities") == GenerateCommandTests.facilityRecordGLNs.map { "\($0).jsonld" })
    }
}
