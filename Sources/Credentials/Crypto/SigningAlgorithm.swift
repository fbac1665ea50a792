/// A JWS signature algorithm TextilePassport signs and verifies with, by its JOSE `alg` name.
///
/// HMAC (`HS256`...) and `none` are deliberately absent: a credential anyone can check cannot
/// rest on a shared secret, and an unsigned one proves nothing.
public enum SigningAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// EdDSA with an Ed25519 key (RFC 8037), the name today's verifiers and the W3C test suite use.
    case edDSA = "EdDSA"
    /// Ed25519, the fully specified name of the same algorithm (RFC 9864).
    case ed25519 = "Ed25519"
    /// ECDSA on P-256 with SHA-256 (RFC 7518 §3.4).
    case es256 = "ES256"
    /// ECDSA on P-384 with SHA-384.
    case es384 = "ES384"
    /// ECDSA on P-521 with SHA-512.
    case es512 = "ES512"

    /// The algorithm `dpp` signs with unless told otherwise.
    public static let `default` = SigningAlgorithm.edDSA

    /// The curve of the keys the algorithm works with.
    public var curve: Curve {
        switch self {
        case .edDSA, .ed25519: .ed25519
        case .es256: .p256
        case .es384: .p384
        case .es512: .p521
        }
    }

    /// The length of a signature in JOSE form: 64 bytes for Ed25519, r || s for ECDSA.
    var signatureSize: Int { digest == nil ? 64 : 2 * curve.coordinateSize }

    /// The hash function ECDSA signs the digest of; `nil` for EdDSA, which hashes the message itself.
    var digest: DigestAlgorithm? {
        switch self {
        case .edDSA, .ed25519: nil
        case .es256: .sha256
        case .es384: .sha384
        case .es512: .sha512
        }
    }
}
