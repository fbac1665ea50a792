import Foundation
import JSONCore
import JSONSchema
import Passport
import TestSupport
import Testing

/// Every passport of `Fixtures/invalid/` raises exactly the rule its `.rule` file names and no
/// error from any other rule; every rule of every pack has such a fixture.
@Suite struct InvalidFixtureTests {
    static let folder = PackageFolders.invalidFixtures
    static let checkDate = CalendarDate("2026-09-01")!

    /// The fixture names (without extension), sorted.
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".jsonld") }.map { String($0.dropLast(".jsonld".count)) }.sorted()

    /// The rule id a fixture must raise.
    static func expectedRule(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name + ".rule"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The profile a fixture is meant for: us-cashmere for the US rules, eu-textile for the rest.
    static func profile(for rule: String) -> String { rule.hasPrefix("US-CASHMERE-") ? "us-cashmere" : "eu-textile" }

    /// The error rule ids `profile` raises on the passport in `bytes`.
    static func errors(_ bytes: [UInt8], profile name: String) throws -> [String] {
        let profile = try ValidationProfile.builtIn(name)
        let check = try PassportCheck(profile: profile)
        let diagnostics = check.run(
            try JSONParser().parse(bytes), file: "p.jsonld", context: CheckContext(date: checkDate, thresholds: profile.thresholds))
        return diagnostics.filter { $0.severity == .error }.map(\.ruleID)
    }

    @Test func thereAreAtLeastFortyFixturesEachWithItsRule() throws {
        #expect(Self.names.count >= 40)
        for name in Self.names { #expect(!(try Self.expectedRule(name)).isEmpty, "\(name).rule") }
    }

    @Test(arguments: names)
    func aFixtureRaisesExactlyItsRule(name: String) throws {
        let rule = try Self.expectedRule(name)
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name + ".jsonld")))
        let raised = try Self.errors(bytes, profile: Self.profile(for: rule))
        #expect(!raised.isEmpty, "\(name) raises nothing; expected \(rule)")
        #expect(Set(raised) == [rule], "\(name) raises \(raised); expected only \(rule)")
    }

    @Test func everyRuleOfEveryPackHasAFixture() throws {
        let covered = Set(try Self.names.map(Self.expectedRule))
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
