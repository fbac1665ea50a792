import Foundation
import JSONCore
import JSONSchema
import Passport
import TestSupport
import Testing

/// Every passport of `Fixtures/invalid/` (UNTP 0.7.0) and of `Fixtures/invalid/untp-0.6.1/`
/// raises exactly the rule its `.rule` file names and no error from any other rule; every rule of
/// every pack has such a fixture, in both versions.
@Suite struct InvalidFixtureTests {
    static let folders: [UNTPVersion: URL] = [.v070: PackageFolders.invalidFixtures, .v061: PackageFolders.invalidFixtures061]
    static let checkDate = CalendarDate("2026-09-01")!

    /// The fixture names (without extension) of `version`, sorted.
    static func names(_ version: UNTPVersion) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folders[version]!.path)) ?? [])
            .filter { $0.hasSuffix(".jsonld") }.map { String($0.dropLast(".jsonld".count)) }.sorted()
    }

    /// Every fixture with its version.
    static let fixtures: [Fixture] = UNTPVersion.allCases.flatMap { version in names(version).map { Fixture(version: version, name: $0) } }

    /// A fixture: a planted defect in a passport of one UNTP version.
    struct Fixture: CustomTestStringConvertible, Sendable {
        let version: UNTPVersion
        let name: String
        var testDescription: String { "\(name) (\(version.rawValue))" }
        var url: URL { InvalidFixtureTests.folders[version]!.appendingPathComponent(name) }
    }

    /// The rule id a fixture must raise.
    static func expectedRule(_ fixture: Fixture) throws -> String {
        try String(contentsOf: fixture.url.appendingPathExtension("rule"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The profile a fixture is meant for: us-cashmere for the US rules, responsible-nomads for
    /// its pack's, eu-textile for the rest.
    static func profile(for rule: String) -> String {
        if rule.hasPrefix("US-CASHMERE-") { return "us-cashmere" }
        return ResponsibleNomadsRules.pack.rules.contains { $0.id == rule } ? "responsible-nomads" : "eu-textile"
    }

    /// The error rule ids `profile` raises on `document`.
    static func errors(_ document: JSONValue, profile name: String) throws -> [String] {
        let profile = try ValidationProfile.builtIn(name)
        let check = try PassportCheck(profile: profile)
        let diagnostics = check.run(document, file: "p.jsonld", context: CheckContext(date: checkDate, thresholds: profile.thresholds))
        return diagnostics.filter { $0.severity == .error }.map(\.ruleID)
    }

    @Test func thereAreAtLeastFortyFixturesEachWithItsRuleInBothVersions() throws {
        #expect(Self.names(.v070).count >= 40)
        #expect(Self.names(.v061) == Self.names(.v070))
        for fixture in Self.fixtures { #expect(!(try Self.expectedRule(fixture)).isEmpty, "\(fixture.testDescription)") }
    }

    @Test(arguments: fixtures)
    func aFixtureRaisesExactlyItsRule(fixture: Fixture) throws {
        let rule = try Self.expectedRule(fixture)
        let document = try JSONParser().parse(Array(try Data(contentsOf: fixture.url.appendingPathExtension("jsonld"))))
        #expect(UNTPVersion(of: document) == fixture.version, "\(fixture.testDescription) is a passport of its version")
        let raised = try Self.errors(document, profile: Self.profile(for: rule))
        #expect(!raised.isEmpty, "\(fixture.testDescription) raises nothing; expected \(rule)")
        #expect(Set(raised) == [rule], "\(fixture.testDescription) raises \(raised); expected only \(rule)")
    }

    /// The check of a parsed tape, as `dpp validate` runs it (the passport read in place, the
    /// document's value made only to place a finding), says what the check of the parsed value
    /// says: the same diagnostics, messages and pointers, in the same order.
    @Test(arguments: fixtures)
    func theTapeAndTheValueGiveTheSameDiagnostics(fixture: Fixture) throws {
        let bytes = Array(try Data(contentsOf: fixture.url.appendingPathExtension("jsonld")))
        let profile = try ValidationProfile.builtIn(Self.profile(for: try Self.expectedRule(fixture)))
        let check = try PassportCheck(profile: profile)
        let context = CheckContext(date: Self.checkDate, thresholds: profile.thresholds)
        let fromTape = check.run(try JSONParser().parseTape(bytes), file: "p.jsonld", context: context)
        #expect(!fromTape.isEmpty, "\(fixture.testDescription)")
        #expect(fromTape == check.run(try JSONParser().parse(bytes), file: "p.jsonld", context: context), "\(fixture.testDescription)")
    }

    @Test(arguments: UNTPVersion.allCases)
    func everyRuleOfEveryPackHasAFixture(version: UNTPVersion) throws {
        let covered = Set(try Self.fixtures.filter { $0.version == version }.map(Self.expectedRule))
        let packRuleIDs = Set(RulePack.all.flatMap(\.rules).map(\.id))
        let schemaRuleIDs = Set(SchemaValidationRule.allCases.map(\.id))
        #expect(packRuleIDs.subtracting(covered).sorted() == [])
        // The other fixtures break the passport schema, each one of its keywords.
        #expect(covered.subtracting(packRuleIDs).subtracting(schemaRuleIDs).sorted() == [])
    }

    @Test func ruleIDsAreUnique() {
        let ids = RulePack.all.flatMap(\.rules).map(\.id)
        #expect(ids.count == Set(ids).count)
        #expect(ids.count >= 40)
    }
}
