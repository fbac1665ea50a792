import JSONCore
import TestSupport
import Testing

@testable import Passport

/// The rule packs at their limits: figures the regulations allow pass, one step beyond fails;
/// the demo passports pass every built-in profile.
@Suite struct RulePackTests {
    static let lots = ["KC-SW-2026-001", "KC-SW-2026-002", "KC-SC-2026-001", "KC-BN-2026-001", "KC-CT-2026-001", "KC-WC-2026-001"]

    /// The demo passport of `lot`, as `dpp demo --untp VERSION` encodes it; the cases edit 0.6.1
    /// documents (InvalidFixtureTests and CoreRulesTests plant defects in both versions).
    static func demo(_ lot: String, _ version: UNTPVersion = .v061) throws -> JSONValue {
        let generator = PassportGenerator(
            catalog: try DemoFixtures.catalog(), graph: try DemoFixtures.graph(),
            baseURL: "https://dpp.example.com", version: version)
        return try #require(generator.assembleAll().compactMap(\.assembled).first { $0.passport.lot == lot }).document
    }

    /// The error rule ids of `profile` on `document`, checked on 2026-09-01.
    static func errors(_ document: JSONValue, profile name: String = "us-cashmere") throws -> [String] {
        let profile = try ValidationProfile.builtIn(name)
        return try PassportCheck(profile: profile)
            .run(document, file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!, thresholds: profile.thresholds))
            .filter { $0.severity == .error }.map(\.ruleID)
    }

    @Test(arguments: ValidationProfile.builtInNames, UNTPVersion.allCases)
    func everyDemoPassportPassesEveryBuiltInProfile(profile: String, version: UNTPVersion) throws {
        for lot in Self.lots {
            #expect(try Self.errors(try Self.demo(lot, version), profile: profile) == [], "\(lot) in \(version) under \(profile)")
        }
    }

    /// Sets the members `edits` (pointer, value) in the demo passport of `lot`; members may be new.
    static func edited(_ lot: String, _ edits: [(String, JSONValue)]) throws -> JSONValue {
        var document = try demo(lot)
        for (pointer, value) in edits {
            let tokens = try #require(JSONPointer(pointer)).tokens
            document = try #require(document.setting(value, at: tokens[...]), "\(pointer)")
        }
        return document
    }

    static let characteristics = "/credentialSubject/product/characteristics"
    static func fibres(_ list: [(String, Double)]) -> JSONValue {
        .array(
            list.map {
                ["fibre": .string($0.0), "fibreName": .string($0.0 == "other-fibres" ? "other fibres" : $0.0), "percent": .number(JSONNumber($0.1))]
            })
    }
    static func excluded(_ role: String, _ percent: Double) -> JSONValue {
        [["fibre": "polyester", "fibreRole": .string(role), "percentOfWeight": .number(JSONNumber(percent))]]
    }

    /// One case: a lot, its edits, and the errors expected (worked out from the regulation's figures).
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let lot: String
        let edits: [(String, JSONValue)]
        let expected: [String]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        // Reg. 1007/2011 Art. 7: 2% extraneous fibres, 5% in carded products.
        Case(
            label: "100% with 2% extraneous fibre", lot: "KC-SW-2026-001",
            edits: [
                ("\(characteristics)/components/0/fibreContent", fibres([("cashmere", 98), ("wool", 2)])),
                ("\(characteristics)/labelText", "100% cashmere"),
            ], expected: []),
        Case(
            label: "100% with 2.5% extraneous fibre", lot: "KC-SW-2026-001",
            edits: [
                ("\(characteristics)/components/0/fibreContent", fibres([("cashmere", 97.5), ("wool", 2.5)])),
                ("\(characteristics)/labelText", "100% cashmere"),
            ], expected: ["TXT-PURE-LABEL"]),
        Case(
            label: "carded, pure with 5% extraneous fibre", lot: "KC-SW-2026-001",
            edits: [
                ("\(characteristics)/components/0/fibreContent", fibres([("cashmere", 95), ("wool", 5)])),
                ("\(characteristics)/components/0/carded", true),
                ("\(characteristics)/labelText", "pure cashmere"),
            ], expected: []),
        Case(
            label: "carded, pure with 6% extraneous fibre", lot: "KC-SW-2026-001",
            edits: [
                ("\(characteristics)/components/0/fibreContent", fibres([("cashmere", 94), ("wool", 6)])),
                ("\(characteristics)/components/0/carded", true),
                ("\(characteristics)/labelText", "pure cashmere"),
            ], expected: ["TXT-PURE-LABEL"]),
        Case(
            label: "German 'reine' is a purity claim", lot: "KC-SC-2026-001", edits: [("\(characteristics)/labelText", "reine Kaschmir")],
            expected: ["TXT-PURE-LABEL"]),
        Case(
            label: "a blend labelled by its composition", lot: "KC-SC-2026-001", edits: [("\(characteristics)/labelText", "70% cashmere, 30% yak")],
            expected: []),
        // Art. 9: "other fibres" up to 15% together.
        Case(
            label: "15% other fibres", lot: "KC-SW-2026-001",
            edits: [
                ("\(characteristics)/components/0/fibreContent", fibres([("cashmere", 85), ("other-fibres", 15)])),
                ("\(characteristics)/labelText", "85% cashmere, 15% other fibres"),
            ], expected: []),
        // Art. 10: decorative up to 7%, antistatic up to 2%.
        Case(label: "7% decorative", lot: "KC-BN-2026-001", edits: [("\(characteristics)/excludedFibres", excluded("decorative", 7))], expected: []),
        Case(label: "2% antistatic", lot: "KC-BN-2026-001", edits: [("\(characteristics)/excludedFibres", excluded("antistatic", 2))], expected: []),
        Case(
            label: "2.5% antistatic", lot: "KC-BN-2026-001", edits: [("\(characteristics)/excludedFibres", excluded("antistatic", 2.5))],
            expected: ["TXT-ANTISTATIC-FIBRE"]),
        // Art. 11: a 20% lining that is not a main lining is exempt.
        Case(
            label: "exempt lining without composition", lot: "KC-BN-2026-001",
            edits: [
                ("\(characteristics)/components/1/componentKind", "lining"), ("\(characteristics)/components/1/fibreContent", []),
                ("/credentialSubject/materialsProvenance/2/materialType/id", "https://textilepassport.example.org/vocab/fibre/cashmere"),
                ("/credentialSubject/materialsProvenance/2/materialType/code", "cashmere"),
                ("/credentialSubject/certificates/2/certifiedFibres", ["cashmere"]),
            ], expected: []),
        // Art. 12: stated on the label.
        Case(
            label: "animal parts stated", lot: "KC-BN-2026-001",
            edits: [
                ("\(characteristics)/containsNonTextileAnimalParts", true),
                ("\(characteristics)/labelStatements", ["Contains non-textile parts of animal origin"]),
            ], expected: []),
        // Art. 8: virgin wool in a blend of two fibres with at least 25% wool, nothing recycled.
        Case(
            label: "virgin wool, 70% of a two-fibre blend", lot: "KC-WC-2026-001",
            edits: [("\(characteristics)/labelText", "70% virgin wool, 30% cashmere")], expected: []),
        Case(
            label: "virgin wool, 20% of a blend", lot: "KC-WC-2026-001",
            edits: [
                ("\(characteristics)/components/0/fibreContent", fibres([("cashmere", 80), ("wool", 20)])),
                ("\(characteristics)/labelText", "80% cashmere, 20% virgin wool"),
            ], expected: ["TXT-VIRGIN-WOOL"]),
        // Traceability: exactly the 95% threshold passes.
        Case(
            label: "95% traced", lot: "KC-BN-2026-001",
            edits: [
                ("/credentialSubject/tracedMassFraction", 0.95), ("/credentialSubject/materialsProvenance/0/massFraction", 0.35),
            ], expected: []),
        // Claims: a generic claim backed by a listed certificate is allowed; a term inside a word is not a claim.
        Case(
            label: "generic claim with a certificate", lot: "KC-CT-2026-001",
            edits: [
                ("/credentialSubject/productClaims/0/claimText", "Sustainable camel hair")
            ], expected: []),
        Case(
            label: "'greenland' is not 'green'", lot: "KC-CT-2026-001",
            edits: [
                ("/credentialSubject/productClaims/0/claimText", "Shipped via Greenland"),
                ("/credentialSubject/productClaims/0/evidenceRefs", ["https://example.com/route"]),
            ], expected: []),
        // US cashmere: 19 µm and a CV of exactly 24% pass (3.888 / 16.2 = 0.24).
        Case(label: "19 µm", lot: "KC-SW-2026-002", edits: [("/credentialSubject/journey/7/measurements/0/meanValue", 19)], expected: []),
        Case(label: "CV 24%", lot: "KC-SW-2026-002", edits: [("/credentialSubject/journey/7/measurements/0/standardDeviation", 3.888)], expected: []),
        Case(
            label: "97th percentile exactly 30 µm", lot: "KC-SW-2026-002",
            edits: [("/credentialSubject/journey/7/measurements/0/percentileValue", 30)], expected: []),
        Case(
            label: "95th percentile only", lot: "KC-SW-2026-002", edits: [("/credentialSubject/journey/7/measurements/0/percentileRank", 95)],
            expected: ["US-CASHMERE-COARSE"]),
        // The yak's fineness is not the cashmere's: a coarse yak lot does not fail the cashmere test.
        Case(
            label: "coarse yak in the scarf", lot: "KC-SC-2026-001", edits: [("/credentialSubject/journey/12/measurements/0/meanValue", 22)],
            expected: []),
        // EORI numbers of Northern Ireland are EU EORI numbers.
        Case(label: "XI EORI", lot: "KC-CT-2026-001", edits: [("/credentialSubject/importer/eori", "XI123456789000")], expected: []),
    ]

    /// What the rules of a run work out once (`PassportFacts`: the printed label, the cashmere
    /// tests) gives each rule of every built-in profile the findings it has working it out alone,
    /// on demo passports with a coarse cashmere lot, a missing test and wrong label names.
    @Test func factsWorkedOutOnceGiveEachRuleItsOwnFindings() throws {
        let documents = [
            try Self.edited("KC-SW-2026-002", [("/credentialSubject/journey/7/measurements/0/meanValue", 22)]),
            try Self.edited("KC-SW-2026-002", [("/credentialSubject/journey/7/measurements/0/unit", "MMT")]),
            try Self.edited(
                "KC-SW-2026-001",
                [("\(Self.characteristics)/labelText", "100% merino"), ("\(Self.characteristics)/labelStatements", ["Soft as silk"])]),
        ]
        var found = 0
        for name in ValidationProfile.builtInNames {
            let profile = try ValidationProfile.builtIn(name)
            let context = CheckContext(date: CalendarDate("2026-09-01")!, thresholds: profile.thresholds)
            for document in documents {
                let root = JSONTapeValue(root: JSONTape(document))
                let passport = try #require(UNTPVersion(of: root)).view.decode(root)
                let once = PassportRule.findings(of: profile.rules, on: passport, context).map { "\($0.rule.id) \($0.finding.message)" }
                let alone = profile.rules.flatMap { rule in rule.check(passport, context).map { "\(rule.id) \($0.message)" } }
                #expect(once == alone, "\(name)")
                found += once.filter { $0.hasPrefix("US-CASHMERE") || $0.hasPrefix("TXT-FIBRE-LABEL") }.count
            }
        }
        #expect(found >= 4)
    }

    @Test(arguments: cases)
    func aRuleAtItsLimit(_ testCase: Case) throws {
        let document = try Self.edited(testCase.lot, testCase.edits)
        #expect(try Self.errors(document) == testCase.expected)
    }
}

extension JSONValue {
    /// This value with `value` set at `tokens`; the last member may be new. `nil` when the path does not exist.
    func setting(_ value: JSONValue, at tokens: ArraySlice<String>) -> JSONValue? {
        guard let token = tokens.first else { return value }
        switch self {
        case .object(var object):
            if tokens.count == 1 {
                object[token] = value
                return .object(object)
            }
            guard let member = object[token], let replaced = member.setting(value, at: tokens.dropFirst()) else { return nil }
            object[token] = replaced
            return .object(object)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index),
                let replaced = elements[index].setting(value, at: tokens.dropFirst())
            else { return nil }
            elements[index] = replaced
            return .array(elements)
        default:
            return nil
        }
    }
}
