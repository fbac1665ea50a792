import JSONCore

extension JWK {
    /// The JWK thumbprint (RFC 7638): the base64url SHA-256 of the key's required public members
    /// in lexicographic order, written without whitespace. The same for a private JWK and its public one,
    /// and independent of `alg` and `kid`, so it makes a stable key id.
    public func thumbprint() throws(CredentialError) -> String {
        Base64URL.encode(try DigestAlgorithm.sha256.hash(thumbprintInput))
    }

    /// The JSON the thumbprint hashes: `crv`, `kty`, `x` and, for EC keys, `y`.
    public var thumbprintInput: [UInt8] {
        var members: [(String, JSONValue)] = [
            ("crv", .string(curve.rawValue)), ("kty", .string(curve.jwkKeyType)), ("x", .string(Base64URL.encode(x))),
        ]
        if let y { members.append(("y", .string(Base64URL.encode(y)))) }
        return JSONWriter().bytes(.object(JSONObject(members)))
    }
}
