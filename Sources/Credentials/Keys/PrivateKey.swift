/// A private key that signs: Ed25519 (the default), P-256, P-384 or P-521.
///
/// Generated, read from a PKCS#8 PEM file (``init(file:)``) or a private JWK. The value can be
/// shared between threads: the key inside is never changed, and each signature makes its own
/// libcrypto context. Its description never shows the private key.
public struct PrivateKey: Sendable, CustomStringConvertible {
    /// The public key that verifies this key's signatures.
    public let publicKey: PublicKey
    let key: EVPKey

    /// The curve of the key.
    public var curve: Curve { publicKey.curve }

    /// The key `key`, after checking that it is of a supported curve and, for EC keys, that its
    /// private key is in range and matches its public point (else an error of `unsoundKey`).
    init(checking key: EVPKey, unsoundKey: CredentialRule) throws(CredentialError) {
        let curve = try key.curve()
        if curve != .ed25519, !key.passesCheck(includingPrivateKey: true) {
            throw CredentialError(unsoundKey, "the \(curve.rawValue) private key is out of range or does not match its public key")
        }
        publicKey = try PublicKey(publicKeyOf: key, on: curve)
        self.key = key
    }

    /// A new key on `curve`, from libcrypto's random generator.
    public static func generate(on curve: Curve = SigningAlgorithm.default.curve) throws(CredentialError) -> PrivateKey {
        try PrivateKey(checking: EVPKey.generate(on: curve), unsoundKey: .cryptoFailure)
    }

    /// The private key of the private JWK `jwk`, whose `d` must match its public key.
    public init(jwk: JWK) throws(CredentialError) {
        guard let d = jwk.d else { throw CredentialError(.jwkInvalid, "the JWK has no d: it is a public key") }
        let key: EVPKey
        if jwk.curve == .ed25519 {
            key = try EVPKey.ed25519(privateKey: d)
        } else {
            guard let y = jwk.y else { throw CredentialError(.jwkInvalid, "the \(jwk.curve.rawValue) JWK has no y") }
            key = try EVPKey.ellipticCurve(jwk.curve, x: jwk.x, y: y, d: d)
        }
        try self.init(checking: key, unsoundKey: .jwkInvalid)
        let derived = publicKey.jwk()
        guard derived.x == jwk.x, derived.y == jwk.y else {
            throw CredentialError(.jwkInvalid, "the JWK's d is not the private key of its public key x")
        }
    }

    /// The key as a private JWK (with `d`), with `alg` and `kid` when given. Keep it secret.
    public func jwk(algorithm: SigningAlgorithm? = nil, keyID: String? = nil) throws(CredentialError) -> JWK {
        var jwk = publicKey.jwk(algorithm: algorithm, keyID: keyID)
        jwk.d = try key.privateComponent(on: curve)
        return jwk
    }

    /// The signature of `message` by `algorithm`, in JOSE form (64 bytes for Ed25519, r || s for
    /// ECDSA); ``CredentialRule/jwsKeyMismatch`` when the algorithm is for keys of another curve.
    public func sign(_ message: [UInt8], with algorithm: SigningAlgorithm) throws(CredentialError) -> [UInt8] {
        guard algorithm.curve == curve else {
            throw CredentialError(.jwsKeyMismatch, "\(algorithm.rawValue) signs with \(algorithm.curve.rawValue) keys, not \(curve.rawValue)")
        }
        return try key.sign(message, with: algorithm)
    }

    public var description: String { "PrivateKey(\(curve.rawValue))" }
}
