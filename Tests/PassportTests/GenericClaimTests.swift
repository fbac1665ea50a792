import JSONCore
import Testing

@testable import Passport

/// The generic-claims lint (Directive 2024/825) reads every field of the passport that makes a
/// claim, and each finding points at the field that makes it: a conformity claim passes when its
/// evidence is a listed certificate; a name, description, label text or label statement cites no
/// evidence, so a generic term there is reported, except "green" and "natural" in a name or a
/// description, where they are most often a colour or the undyed shade.
@Suite struct GenericClaimTests {
    static let product = "/credentialSubject/product"
    static let characteristics = "\(product)/characteristics"

    /// The pointers of the claims pack's findings on the demo passport of `lot` with `edits`.
    static func pointers(_ lot: String, _ edits: [(String, JSONValue)]) throws -> [String] {
        PassportCheck(rules: CertificateClaimRules.pack.rules)
            .run(try RulePackTests.edited(lot, edits), file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
            .filter { $0.ruleID == "CLAIM-GENERIC" }
            .map { $0.location.pointer ?? "" }
    }

    static let companyPage: JSONValue = ["linkURL": "https://khangai-cashmere.example.com/our-values", "linkName": "Our values"]

    @Test(arguments: [
        RulePackTests.Case(label: "the demo beanie", lot: "KC-BN-2026-001", edits: [], expected: []),
        RulePackTests.Case(
            label: "description", lot: "KC-BN-2026-001", edits: [("\(product)/description", "An eco-friendly beanie")],
            expected: ["\(product)/description"]),
        RulePackTests.Case(
            label: "name", lot: "KC-BN-2026-001", edits: [("\(product)/name", "Sustainable cashmere beanie")], expected: ["\(product)/name"]),
        RulePackTests.Case(
            label: "colours in a description", lot: "KC-BN-2026-001",
            edits: [("\(product)/description", "Beanie in natural camel and forest green, knitted in Greenland")], expected: []),
        RulePackTests.Case(
            label: "'natural' on the label", lot: "KC-BN-2026-001", edits: [("\(characteristics)/labelStatements", ["Natural fibres"])],
            expected: ["\(characteristics)/labelStatements"]),
        RulePackTests.Case(
            label: "label text", lot: "KC-SW-2026-001", edits: [("\(characteristics)/labelText", "100% cashmere, climate neutral")],
            expected: ["\(characteristics)/labelText"]),
        RulePackTests.Case(
            label: "conformity claim with its certificate", lot: "KC-BN-2026-001",
            edits: [("/credentialSubject/conformityClaim/1/description", "Sustainable cashmere")], expected: []),
        RulePackTests.Case(
            label: "conformity claim with a company page", lot: "KC-BN-2026-001",
            edits: [
                ("/credentialSubject/conformityClaim/1/description", "Sustainable cashmere"),
                ("/credentialSubject/conformityClaim/1/conformityEvidence", companyPage),
            ], expected: ["/credentialSubject/conformityClaim/1/description"]),
        RulePackTests.Case(
            label: "conformity claim without evidence", lot: "KC-BN-2026-001",
            edits: [
                ("/credentialSubject/conformityClaim/1/description", "Ecological"),
                ("/credentialSubject/conformityClaim/1/conformityEvidence", .null),
            ], expected: ["/credentialSubject/conformityClaim/1/description"]),
    ])
    func aGenericClaimIsFoundInEveryClaimField(_ testCase: RulePackTests.Case) throws {
        #expect(try Self.pointers(testCase.lot, testCase.edits) == testCase.expected)
    }

    @Test func theMessageNamesTheFieldAndTheTerm() throws {
        let document = try RulePackTests.edited("KC-BN-2026-001", [("\(Self.product)/description", "An eco-friendly beanie")])
        let messages = PassportCheck(rules: CertificateClaimRules.pack.rules)
            .run(document, file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!)).map(\.message)
        #expect(
            messages == [
                "the product description 'An eco-friendly beanie' makes a generic environmental claim ('eco-friendly') that cites no evidence; it is banned in the EU without a recognised certification (Directive 2024/825): make it a product claim that cites the certificate, or drop it"
            ])
    }
}
