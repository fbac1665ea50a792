import JSONCore
import Passport
import Testing

/// The UNTP version of a document, read from its `@context`, and what the check does without one.
@Suite struct UNTPVersionTests {
    @Test(arguments: [
        (
            ["@context": ["https://www.w3.org/ns/credentials/v2", "https://vocabulary.uncefact.org/untp/0.7.0/context/"]] as JSONValue,
            UNTPVersion.v070
        ),
        (
            ["@context": ["https://www.w3.org/ns/credentials/v2", "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/", "https://x.example/c"]]
                as JSONValue,
            .v061
        ),
        (["@context": "https://vocabulary.uncefact.org/untp/0.7.0/context/"] as JSONValue, .v070),
    ])
    func theVersionIsTheOneWhoseContextTheDocumentNames(document: JSONValue, version: UNTPVersion) {
        #expect(UNTPVersion(of: document) == version)
    }

    @Test(arguments: [
        ["@context": ["https://www.w3.org/ns/credentials/v2"]] as JSONValue,
        ["@context": ["https://vocabulary.uncefact.org/untp/0.6.0/context/"]],
        ["credentialSubject": [:]],
        "a passport",
    ])
    func aDocumentNamingNoKnownVersionHasNone(document: JSONValue) {
        #expect(UNTPVersion(of: document) == nil)
    }

    @Test func theLatestVersionIsTheDefaultAndEachHasItsOwnContext() {
        #expect(UNTPVersion.latest == .v070)
        #expect(Set(UNTPVersion.allCases.map(\.contextPath)).count == UNTPVersion.allCases.count)
        #expect(UNTPVersion.v070.contextPath == "/contexts/textile-passport/v2.jsonld")
    }

    /// Without a version the members cannot be found: the check says so, and runs no rule.
    @Test func aDocumentOfNoKnownVersionIsReportedAndNotReadByTheRules() {
        let document: JSONValue = ["@context": ["https://www.w3.org/ns/credentials/v2"], "credentialSubject": ["product": [:]]]
        let diagnostics = PassportCheck().run(document, file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
        #expect(diagnostics.map { "\($0.ruleID) \($0.location.pointer ?? "")" } == ["PASSPORT-UNTP-VERSION /@context"])
    }
}
