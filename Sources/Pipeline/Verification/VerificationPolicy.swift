import Diagnostics

/// One check of a secured credential, in the manner of swift-certificates' `VerifierPolicy`: it
/// reads the credential and lists every way it fails, never stopping at the first.
///
/// A policy that cannot run (no payload, no key) lists nothing: the failure that stopped it is
/// already listed by the step or policy it depends on.
public protocol VerificationPolicy: Sendable {
    /// Every failure of `credential` under this policy; empty when it meets the policy.
    func failures(of credential: SecuredCredential) -> [Diagnostic]
}

/// Builds a verifier's list of policies, in order, as swift-certificates' `PolicyBuilder` does:
/// one policy a line, lists of policies spliced in, and `if` for the optional ones.
@resultBuilder
public enum PolicyBuilder {
    public static func buildExpression(_ policy: some VerificationPolicy) -> [any VerificationPolicy] { [policy] }

    public static func buildExpression(_ policies: [any VerificationPolicy]) -> [any VerificationPolicy] { policies }

    public static func buildBlock(_ parts: [any VerificationPolicy]...) -> [any VerificationPolicy] { parts.flatMap { $0 } }

    public static func buildOptional(_ part: [any VerificationPolicy]?) -> [any VerificationPolicy] { part ?? [] }
}
