/// A public key that verifies signatures: Ed25519, P-256, P-384 or P-521.
///
/// Made from a JWK or taken from a ``PrivateKey``; equal keys have equal curves and points.
/// The value can be shared between threads: the key inside is never changed.
public struct PublicKey: Sendable, Hashable {
    /// The curve of the key.
    public let curve: Curve
    /// The public key (Ed25519) or x coordinate (EC), as the JWK writes it.
    private let x: [UInt8]
    /// The y coordinate (EC); `nil` for Ed25519.
    private let y: [UInt8]?
    let key: EVPKey

    /// The public key of `jwk`, which may be a private JWK (its `d` is then ignored).
    ///
    /// An EC point must be on its curve, in the subgroup of the curve's order
    /// (``CredentialRule/jwkInvalid``).
    public init(jwk: JWK) throws(CredentialError) {
        if jwk.curve == .ed25519 {
            key = try EVPKey.ed25519(publicKey: jwk.x)
        } else {
            guard let y = jwk.y else { throw CredentialError(.jwkInvalid, "the \(jwk.curve.rawValue) JWK has no y") }
            key = try EVPKey.ellipticCurve(jwk.curve, x: jwk.x, y: y, d: nil)
            guard key.passesCheck(includingPrivateKey: false) else {
                throw CredentialError(.jwkInvalid, "the point (x, y) is not a valid \(jwk.curve.rawValue) public key")
            }
        }
        curve = jwk.curve
        x = jwk.x
        y = jwk.y
    }

    /// The public key of the libcrypto key `key`, whose curve is `curve`.
    init(publicKeyOf key: EVPKey, on curve: Curve) throws(CredentialError) {
        (x, y) = try key.publicComponents(on: curve)
        self.curve = curve
        self.key = key
    }

    /// The key as a public JWK, with `alg` and `kid` when given.
    public func jwk(algorithm: SigningAlgorithm? = nil, keyID: String? = nil) -> JWK {
        JWK(curve: curve, x: x, y: y, algorithm: algorithm, keyID: keyID)
    }

    /// Whether `signature` (in JOSE form) is a signature of `message` by `algorithm` with the
    /// private key of this key; false too when the algorithm is for keys of another curve.
    public func verifies(_ signature: [UInt8], of message: [UInt8], with algorithm: SigningAlgorithm) throws(CredentialError) -> Bool {
        guard algorithm.curve == curve else { return false }
        return try key.verifies(signature, of: message, with: algorithm)
    }

    public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool {
        lhs.curve == rhs.curve && lhs.x == rhs.x && lhs.y == rhs.y
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(curve)
        hasher.combine(x)
        hasher.combine(y)
    }
}
