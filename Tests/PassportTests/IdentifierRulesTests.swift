import Diagnostics
import JSONCore
import Passport
import TestSupport
import Testing

/// The identifier rules on links a passport repeats.
@Suite struct IdentifierRulesTests {
    /// A link a passport names in several places is checked once, and its problem reported at
    /// every place it stands.
    @Test func aRepeatedInvalidLinkIsReportedAtEachPlace() throws {
        // The GLN 9521234000007 has a wrong check digit: the body 952123400000 weighs
        // 9 + 5*3 + 2 + 1*3 + 2 + 3*3 + 4 = 44 from the right (3, 1, 3, ...), so its digit is 6.
        let invalid: JSONValue = "https://id.gs1.org/417/9521234000007"
        let product = "/credentialSubject/product"
        let document = try RulePackTests.edited(
            "KC-SW-2026-001", [("\(product)/producedByParty/id", invalid), ("\(product)/producedAtFacility/id", invalid)])
        let findings = PassportCheck().run(document, file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
            .filter { $0.ruleID == "ID-DIGITAL-LINK" }
        #expect(findings.map(\.location.pointer) == ["\(product)/producedByParty/id", "\(product)/producedAtFacility/id"])
        #expect(findings.allSatisfy { $0.message.hasPrefix("https://id.gs1.org/417/9521234000007 is not a valid GS1 Digital Link: ") })
    }
}
