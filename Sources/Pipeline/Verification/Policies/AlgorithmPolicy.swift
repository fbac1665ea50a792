import Credentials
import Diagnostics

/// The `alg` is one the verifier accepts and the one the signing key is for: of the key's curve.
///
/// Each curve has one algorithm (EdDSA, under either of its names, for Ed25519; ES256 for P-256...),
/// and a JWK that declares an `alg` for another curve is refused when it is read, so the curve
/// says it all.
/// `none` and HMAC never get this far: the JWS parser refuses them (`JWS-ALG-NOT-ALLOWED`).
public struct AlgorithmPolicy: VerificationPolicy {
    /// The algorithms accepted.
    public let allowed: Set<SigningAlgorithm>

    /// A policy accepting `allowed`, by default every algorithm TextilePassport verifies.
    public init(allowing allowed: Set<SigningAlgorithm> = Set(SigningAlgorithm.allCases)) {
        self.allowed = allowed
    }

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        let algorithm = credential.jws.header.algorithm
        let location = credential.headerLocation("alg")
        guard allowed.contains(algorithm) else {
            let names = SigningAlgorithm.allCases.filter(allowed.contains).map(\.rawValue).joined(separator: ", ")
            return [Diagnostic(VerificationRule.algorithmNotAllowed, "alg \(algorithm.rawValue) is not accepted; accepted: \(names)", at: location)]
        }
        guard let key = credential.key.key else { return [] }
        guard algorithm.curve == key.publicKey.curve else {
            return [
                Diagnostic(
                    VerificationRule.algorithmNotAllowed,
                    "alg \(algorithm.rawValue) signs with \(algorithm.curve.rawValue) keys, but the key \(key.id) is \(key.publicKey.curve.rawValue)",
                    at: location)
            ]
        }
        return []
    }
}
