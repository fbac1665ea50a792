/// The curve of a key TextilePassport signs or verifies with, by its JWK `crv` name.
public enum Curve: String, Sendable, Hashable, CaseIterable {
    /// Edwards curve 25519 (RFC 8032), JWK key type `OKP` (RFC 8037).
    case ed25519 = "Ed25519"
    /// NIST P-256 (secp256r1), JWK key type `EC`.
    case p256 = "P-256"
    /// NIST P-384 (secp384r1), JWK key type `EC`.
    case p384 = "P-384"
    /// NIST P-521 (secp521r1), JWK key type `EC`.
    case p521 = "P-521"

    /// The JWK `kty` of keys on this curve: `OKP` for Ed25519, `EC` for the NIST curves.
    public var jwkKeyType: String { self == .ed25519 ? "OKP" : "EC" }

    /// The length in bytes of a coordinate and of a private key on this curve, as JWK writes
    /// them (RFC 7518 §6.2.1.2 and §6.2.2.1, RFC 8037 §2): 32, 32, 48 and 66.
    public var coordinateSize: Int {
        switch self {
        case .ed25519, .p256: 32
        case .p384: 48
        case .p521: 66
        }
    }

    /// The algorithm a key on this curve signs with unless told otherwise.
    public var defaultAlgorithm: SigningAlgorithm {
        switch self {
        case .ed25519: .edDSA
        case .p256: .es256
        case .p384: .es384
        case .p521: .es512
        }
    }

    /// libcrypto's name of the key type.
    var libCryptoKeyType: LibCryptoName { self == .ed25519 ? .ed25519 : .ellipticCurve }

    /// libcrypto's name of an EC group, `nil` for Ed25519.
    var libCryptoGroupName: LibCryptoName? {
        switch self {
        case .ed25519: nil
        case .p256: "prime256v1"
        case .p384: "secp384r1"
        case .p521: "secp521r1"
        }
    }
}
