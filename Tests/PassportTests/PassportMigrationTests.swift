import Diagnostics
import JSONCore
import Passport
import TestSupport
import Testing

/// Migrating passports between UNTP versions: the demo's 0.6.1 passports become the 0.7.0 ones
/// `dpp generate` writes, and what cannot be carried over is said.
@Suite struct PassportMigrationTests {
    /// The demo documents of `version`, by lot.
    static func demo(_ version: UNTPVersion) throws -> [String: JSONValue] {
        let generator = PassportGenerator(
            catalog: try DemoFixtures.catalog(), graph: try DemoFixtures.graph(), baseURL: "https://dpp.example.com", version: version)
        var documents: [String: JSONValue] = [:]
        for output in generator.assembleAll().compactMap(\.assembled) { documents[output.passport.lot ?? ""] = output.document }
        return documents
    }

    static func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.ruleID) \($0.location.pointer ?? "") \($0.message)" }
    }

    /// Member for member: the only values 0.7.0 cannot hold are the identifiers of the product's
    /// category and of the origins' material types (a 0.7.0 Classification has no `id`), and the
    /// claims' criteria, which 0.6.1 passports of dpp do not state, are the schemes of the
    /// certificates that are their evidence, as `dpp generate` states them.
    @Test func everyDemoPassportMigratesToThe070PassportGenerateWrites() throws {
        let old = try Self.demo(.v061)
        let new = try Self.demo(.v070)
        #expect(old.count == 6 && Set(old.keys) == Set(new.keys))
        for (lot, document) in old {
            let outcome = PassportMigration(to: .v070).migrate(document, file: "p.jsonld")
            #expect(outcome.document == new[lot], "\(lot)")
            let passport = UNTPVersion.v061.view.decode(document)
            var expected = ["MIGRATE-NOT-CARRIED  not carried over as it was: product.categories[0].id has no member of its own in UNTP 0.7.0"]
            expected += passport.origins.indices.map {
                "MIGRATE-NOT-CARRIED  not carried over as it was: origins[\($0)].materialType.id has no member of its own in UNTP 0.7.0"
            }
            let supplied = Self.described(outcome.diagnostics).filter { $0.hasPrefix("MIGRATE-SUPPLIED") }
            #expect(supplied.count == passport.conformityClaims.count && !supplied.isEmpty, "\(lot)")
            #expect(Self.described(outcome.diagnostics).filter { !$0.hasPrefix("MIGRATE-SUPPLIED") } == expected, "\(lot)")
        }
    }

    @Test func aMemberDPPDoesNotReadAndAValue070CannotHoldAreSaid() throws {
        var document = try #require(try Self.demo(.v061)["KC-BN-2026-001"])
        guard case .object(var root) = document, case .object(var subject)? = root["credentialSubject"] else {
            Issue.record("not an object")
            return
        }
        subject["emissionsScorecard"] = ["carbonFootprint": 1.5, "reportingStandard": ["id": "https://ghgprotocol.org/product-standard"]]
        guard case .array(var claims)? = subject["conformityClaim"], case .object(var claim) = claims[0] else {
            Issue.record("no claim")
            return
        }
        claim["conformance"] = false
        claims[0] = .object(claim)
        subject["conformityClaim"] = .array(claims)
        root["credentialSubject"] = .object(subject)
        document = .object(root)
        let diagnostics = Self.described(PassportMigration(to: .v070).migrate(document, file: "p.jsonld").diagnostics)
        #expect(
            diagnostics.contains(
                "MIGRATE-NOT-CARRIED /credentialSubject/emissionsScorecard/reportingStandard not carried over: the member is not one dpp reads in UNTP 0.6.1"
            ))
        // A 0.7.0 performance claim states conformity: a declared non-conformity has no form there.
        #expect(
            diagnostics.contains(
                "MIGRATE-NOT-CARRIED  not carried over as it was: conformityClaims[0].conformance has no member of its own in UNTP 0.7.0"))
    }

    /// A number beyond a double's range (infinity when read) is reported at its pointer by the
    /// check, which then runs no rule, and the passport is not migrated (writing it stopped
    /// `dpp migrate` with a trap).
    @Test func aNumberBeyondADoublesRangeIsReportedAndNotReadIntoAPassport() throws {
        let demo = try #require(try Self.demo(.v070)["KC-SW-2026-001"])
        let text = String(decoding: JSONWriter(pretty: true).bytes(demo), as: UTF8.self)
        let changed = try #require(text.range(of: #""value": 0.3"#))
        var broken = text
        broken.replaceSubrange(changed, with: #""value": 3e999"#)
        let document = try JSONParser().parse(broken)
        let tape = try JSONParser().parseTape(Array(broken.utf8))
        let check = PassportCheck().run(tape, file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
        #expect(Self.described(check) == ["PASSPORT-NUMBER-RANGE /credentialSubject/dimensions/weight/value " + Self.beyondRange])
        let outcome = PassportMigration(to: .v061).migrate(document, file: "p.jsonld")
        #expect(outcome.document == nil)
        #expect(Self.described(outcome.diagnostics) == ["PASSPORT-NUMBER-RANGE /credentialSubject/dimensions/weight/value " + Self.beyondRange])
    }

    static let beyondRange = "the number is beyond the range of numbers a passport's figures are worked in (about ±1.8e308)"

    @Test func aDocumentOfNoKnownVersionIsNotMigrated() {
        let outcome = PassportMigration(to: .v070).migrate(["@context": ["https://www.w3.org/ns/credentials/v2"]], file: "p.jsonld")
        #expect(outcome.document == nil)
        #expect(outcome.diagnostics.map(\.ruleID) == ["PASSPORT-UNTP-VERSION"])
    }

    @Test(arguments: UNTPVersion.allCases)
    func aDocumentOfTheTargetVersionIsWrittenUnchanged(version: UNTPVersion) throws {
        let document = try #require(try Self.demo(version)["KC-SC-2026-001"])
        let outcome = PassportMigration(to: version).migrate(document, file: "p.jsonld")
        #expect(outcome.document == document)
        #expect(outcome.diagnostics.map(\.ruleID) == ["MIGRATE-SAME-VERSION"])
    }

    /// Back to 0.6.1: the 0.6.1 passport of the lot, but for the classification identifiers, which
    /// 0.7.0 does not hold; the claims' criteria are said, since dpp does not write them in 0.6.1
    /// (a 0.6.1 criterion needs a description, topic and status).
    @Test func a070PassportMigratesBackTo061() throws {
        let document = try #require(try Self.demo(.v070)["KC-WC-2026-001"])
        let outcome = PassportMigration(to: .v061).migrate(document, file: "p.jsonld")
        var expected = UNTPVersion.v061.view.decode(try #require(try Self.demo(.v061)["KC-WC-2026-001"]))
        for index in expected.product.categories.indices { expected.product.categories[index].id = nil }
        for index in expected.origins.indices { expected.origins[index].materialType?.id = nil }
        #expect(outcome.document.map(UNTPVersion.v061.view.decode) == expected)
        let passport = UNTPVersion.v070.view.decode(document)
        #expect(
            Self.described(outcome.diagnostics)
                == passport.conformityClaims.indices.map {
                    "MIGRATE-NOT-CARRIED  not carried over as it was: conformityClaims[\($0)].criteria has no member of its own in UNTP 0.6.1"
                })
    }
}
