import Credentials
import Diagnostics
import Testing

/// The credential rules as `dpp rules` lists them.
@Suite struct CredentialRuleTests {
    @Test func everyRuleIsDeclaredOnceByCredentials() {
        let declarations = CredentialRule.declarations
        #expect(Set(declarations.map(\.id)).count == declarations.count)
        #expect(declarations.allSatisfy { $0.module == "Credentials" && $0.severity == .error })
        #expect(declarations.allSatisfy { !$0.summary.isEmpty && !$0.summary.contains("\n") })
        #expect(declarations.allSatisfy { ["JWS-", "JWK-", "KEY-", "CRYPTO-"].contains(where: $0.id.hasPrefix) })
        // What cannot be parsed is malformed, a key file that cannot be used is unreadable, the rest are findings.
        #expect(
            declarations.filter { $0.kind == .malformed }.map(\.id) == ["JWS-TOO-LARGE", "JWS-MALFORMED", "JWS-PAYLOAD-MALFORMED", "JWK-INVALID"])
        #expect(declarations.filter { $0.kind == .unreadable }.map(\.id) == ["KEY-UNREADABLE", "KEY-PERMISSIONS", "KEY-UNWRITABLE"])
    }

    @Test func anErrorBecomesADiagnosticOfItsRule() {
        let error = CredentialError(.jwsSignature, "the EdDSA signature does not verify with the key")
        let diagnostic = error.diagnostic(at: SourceLocation(file: "passport.jwt"))
        #expect(diagnostic.description == "passport.jwt: error: the EdDSA signature does not verify with the key [JWS-SIGNATURE]")
        #expect(diagnostic.kind == .finding)
        #expect(error.description == "the EdDSA signature does not verify with the key [JWS-SIGNATURE]")
    }
}
