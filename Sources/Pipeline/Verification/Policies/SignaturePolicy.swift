import Credentials
import Diagnostics

/// The signature verifies with the key the `kid` names (RFC 7515 §5.2), after every extension
/// `crit` names is understood (none is: such a JWS fails with `JWS-CRIT`).
///
/// It cannot run without a key, or with a key of another curve than `alg` needs (the algorithm
/// policy says so); its failures are the JWS's own rules (`JWS-SIGNATURE`, `JWS-CRIT`).
public struct SignaturePolicy: VerificationPolicy {
    public init() {}

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        let algorithm = credential.jws.header.algorithm
        guard let key = credential.key.key, key.publicKey.curve == algorithm.curve else { return [] }
        do {
            _ = try credential.jws.verified(with: key.publicKey, allowing: [algorithm])
            return []
        } catch {
            return [error.diagnostic(at: credential.signatureLocation)]
        }
    }
}
