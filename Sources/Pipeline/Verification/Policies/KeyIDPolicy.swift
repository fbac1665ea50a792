import Diagnostics

/// The `kid` names a key the verifier can find: a key given with `--key`, or a `JsonWebKey` of
/// the DID document of the `kid`'s DID, listed under `assertionMethod` and that DID's own.
///
/// The ``CredentialResolver`` has looked the key up; this policy reports why it failed, at the `kid`.
public struct KeyIDPolicy: VerificationPolicy {
    public init() {}

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        guard case .unresolved(let failure, _) = credential.key else { return [] }
        return [failure.diagnostic(at: credential.headerLocation("kid"))]
    }
}
