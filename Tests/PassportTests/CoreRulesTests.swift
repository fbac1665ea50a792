import JSONCore
import Passport
import TestSupport
import Testing

/// Each core rule fires on a passport with its defect planted, and only there.
@Suite struct CoreRulesTests {
    static func demoDocument(_ version: UNTPVersion = .latest) throws -> JSONValue {
        let generator = PassportGenerator(
            catalog: try DemoFixtures.catalog(), graph: try DemoFixtures.graph(),
            baseURL: "https://dpp.example.com", version: version)
        return try #require(generator.assembleAll().compactMap(\.assembled).first { $0.passport.lot == "KC-BN-2026-001" }).document
    }

    static func rules(_ document: JSONValue, on date: String = "2026-09-01") -> [String] {
        PassportCheck().run(document, file: "p.jsonld", context: CheckContext(date: CalendarDate(date)!)).map(\.ruleID)
    }

    /// `document` with the value at `pointer` replaced.
    static func planting(_ value: JSONValue, at pointer: String, in document: JSONValue) throws -> JSONValue {
        let tokens = try #require(JSONPointer(pointer)).tokens
        return try #require(document.replacing(at: tokens[...], with: value))
    }

    @Test(arguments: UNTPVersion.allCases)
    func theDemoPassportPassesEveryRule(version: UNTPVersion) throws {
        #expect(Self.rules(try Self.demoDocument(version)) == [])
    }

    @Test(arguments: [
        ("/credentialSubject/product/characteristics/components/0/fibreContent/0/percent", 95 as JSONValue, "TXT-COMPOSITION-SUM"),
        ("/credentialSubject/product/characteristics/components/1/weightPercent", 25 as JSONValue, "TXT-COMPONENT-WEIGHT-SUM"),
        ("/credentialSubject/product/characteristics/components/1/fibreContent/0/fibre", "merino" as JSONValue, "TXT-FIBRE-NAME"),
        ("/credentialSubject/materialsProvenance/0/massFraction", 0.5 as JSONValue, "TRACE-ORIGIN-SHARES"),
        ("/credentialSubject/certificates/0/certifiedUntil", "2026-08-31" as JSONValue, "CERT-NOT-VALID"),
        ("/credentialSubject/productClaims/0/evidenceRefs", JSONValue.array([]), "CLAIM-NO-EVIDENCE"),
    ])
    func aPlantedDefectRaisesItsRuleIn061(pointer: String, value: JSONValue, rule: String) throws {
        let document = try Self.planting(value, at: pointer, in: try Self.demoDocument(.v061))
        #expect(Self.rules(document) == [rule])
    }

    /// The same defects where UNTP 0.7.0 puts the members: the textile terms in the product's
    /// characteristics, the origins in its `materialProvenance`.
    @Test(arguments: [
        ("/credentialSubject/characteristics/components/0/fibreContent/0/percent", 95 as JSONValue, "TXT-COMPOSITION-SUM"),
        ("/credentialSubject/characteristics/components/1/weightPercent", 25 as JSONValue, "TXT-COMPONENT-WEIGHT-SUM"),
        ("/credentialSubject/characteristics/components/1/fibreContent/0/fibre", "merino" as JSONValue, "TXT-FIBRE-NAME"),
        ("/credentialSubject/materialProvenance/0/massFraction", 0.5 as JSONValue, "TRACE-ORIGIN-SHARES"),
        ("/credentialSubject/characteristics/certificates/0/certifiedUntil", "2026-08-31" as JSONValue, "CERT-NOT-VALID"),
        ("/credentialSubject/characteristics/productClaims/0/evidenceRefs", JSONValue.array([]), "CLAIM-NO-EVIDENCE"),
    ])
    func aPlantedDefectRaisesItsRuleIn070(pointer: String, value: JSONValue, rule: String) throws {
        let document = try Self.planting(value, at: pointer, in: try Self.demoDocument(.v070))
        #expect(Self.rules(document) == [rule])
    }

    @Test func certificatesAreCheckedOnTheGivenDate() throws {
        // The beanie rests on four certificates (Fixtures/tools/make-demo-fixtures.py): SFA for
        // BKH from 2026-01-15, SFA for GAL from 2026-02-01, SFA for OVK from 2025-06-01 and
        // OEKO-TEX for the silk from 2026-02-10. On 2026-01-14 three are not yet valid.
        #expect(Self.rules(try Self.demoDocument(), on: "2026-01-14") == ["CERT-NOT-VALID", "CERT-NOT-VALID", "CERT-NOT-VALID"])
        #expect(Self.rules(try Self.demoDocument(), on: "2026-02-10") == [])
    }
}

extension JSONValue {
    /// This value with the value at `tokens` replaced, or `nil` when the path does not exist.
    func replacing(at tokens: ArraySlice<String>, with value: JSONValue) -> JSONValue? {
        guard let token = tokens.first else { return value }
        switch self {
        case .object(var object):
            guard let member = object[token], let replaced = member.replacing(at: tokens.dropFirst(), with: value) else { return nil }
            object[token] = replaced
            return .object(object)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index),
                let replaced = elements[index].replacing(at: tokens.dropFirst(), with: value)
            else { return nil }
            elements[index] = replaced
            return .array(elements)
        default:
            return nil
        }
    }
}
