import JSONCore

/// A JSON Web Key (RFC 7517) of a signing key: `OKP` with `crv` `Ed25519` (RFC 8037), or `EC`
/// with `crv` `P-256`, `P-384` or `P-521` (RFC 7518 §6.2).
///
/// The values are the JWK's own: `x` (and `y`) of the public key, `d` of a private one, each
/// as bytes (their base64url decoding). A JWK read from JSON has the lengths its curve needs;
/// whether the point is on the curve is checked when it becomes a ``PublicKey`` or ``PrivateKey``.
public struct JWK: Sendable, Hashable {
    /// The curve, which also says the key type (`kty`).
    public var curve: Curve
    /// The public key (Ed25519) or the x coordinate of the public point (EC).
    public var x: [UInt8]
    /// The y coordinate of the public point; `nil` for Ed25519.
    public var y: [UInt8]?
    /// The private key; `nil` for a public JWK.
    public var d: [UInt8]?
    /// The algorithm the key is meant for (`alg`), if the JWK says.
    public var algorithm: SigningAlgorithm?
    /// The key id (`kid`), if any.
    public var keyID: String?

    /// A JWK of the given values.
    public init(curve: Curve, x: [UInt8], y: [UInt8]? = nil, d: [UInt8]? = nil, algorithm: SigningAlgorithm? = nil, keyID: String? = nil) {
        self.curve = curve
        self.x = x
        self.y = y
        self.d = d
        self.algorithm = algorithm
        self.keyID = keyID
    }

    /// Whether the JWK holds a private key.
    public var isPrivate: Bool { d != nil }

    /// The JWK without its private key.
    public var publicJWK: JWK {
        var copy = self
        copy.d = nil
        return copy
    }

    /// The JWK as a JSON object, members in the order `kty`, `crv`, `d`, `x`, `y`, `alg`, `kid`
    /// (RFC 8037's examples write `d` before `x`), those without a value left out.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("kty", .string(curve.jwkKeyType)), ("crv", .string(curve.rawValue))]
        if let d { members.append(("d", .string(Base64URL.encode(d)))) }
        members.append(("x", .string(Base64URL.encode(x))))
        if let y { members.append(("y", .string(Base64URL.encode(y)))) }
        if let algorithm { members.append(("alg", .string(algorithm.rawValue))) }
        if let keyID { members.append(("kid", .string(keyID))) }
        return .object(JSONObject(members))
    }
}

extension JWK: CustomStringConvertible {
    /// The key type, curve and key id, never the private key.
    public var description: String {
        "JWK(\(curve.jwkKeyType) \(curve.rawValue)\(isPrivate ? ", private" : "")\(keyID.map { ", kid \($0)" } ?? ""))"
    }
}
