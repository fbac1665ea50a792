import JSONCore

extension JWK {
    /// The JWK that the JSON object `json` holds.
    ///
    /// `kty` and `crv` must name a supported curve (else ``CredentialRule/keyUnsupported``);
    /// `x`, `y` and `d` must be strict base64url of the lengths the curve needs, `y` present
    /// exactly for EC keys; `alg`, when present, must be an algorithm for the curve (else
    /// ``CredentialRule/jwkInvalid``). A `use` other than `sig` is refused: such a key is not for
    /// signatures. Other members (`key_ops`, `x5c`...) are ignored, as RFC 7517 §4 asks.
    public init(json: JSONValue) throws(CredentialError) {
        guard let object = json.objectValue else { throw CredentialError(.jwkInvalid, "a JWK is a JSON object, not \(json.typeName)") }
        let keyType = try Self.string("kty", in: object, required: true)
        let curveName = try Self.string("crv", in: object, required: keyType == "OKP" || keyType == "EC")
        guard let curveName, let curve = Curve(rawValue: curveName), curve.jwkKeyType == keyType else {
            let key = [keyType, curveName].compactMap { $0 }.joined(separator: " ")
            throw CredentialError(.keyUnsupported, "the JWK is a \(key) key; OKP Ed25519 and EC P-256, P-384 and P-521 keys are supported")
        }
        if let use = try Self.string("use", in: object, required: false), use != "sig" {
            throw CredentialError(.keyUnsupported, "the JWK's use is \"\(use)\", not \"sig\": it is not a signing key")
        }
        let size = curve.coordinateSize
        self.curve = curve
        x = try Self.bytes("x", in: object, size: size, required: true) ?? []
        y = try Self.bytes("y", in: object, size: size, required: curve != .ed25519)
        d = try Self.bytes("d", in: object, size: size, required: false)
        if curve == .ed25519, y != nil { throw CredentialError(.jwkInvalid, "an OKP JWK has no y") }
        algorithm = try Self.string("alg", in: object, required: false).map { (name) throws(CredentialError) in
            guard let algorithm = SigningAlgorithm(rawValue: name), algorithm.curve == curve else {
                throw CredentialError(.keyUnsupported, "the JWK's alg \(name) is not a supported algorithm for \(curve.rawValue) keys")
            }
            return algorithm
        }
        keyID = try Self.string("kid", in: object, required: false)
    }

    /// The string member `name`, `nil` when absent and not `required`.
    private static func string(_ name: String, in object: JSONObject, required: Bool) throws(CredentialError) -> String? {
        guard let value = object[name] else {
            if required { throw CredentialError(.jwkInvalid, "the JWK has no \(name)") }
            return nil
        }
        guard let text = value.stringValue else { throw CredentialError(.jwkInvalid, "the JWK's \(name) is \(value.typeName), not a string") }
        return text
    }

    /// The bytes the base64url member `name` encodes, which must be `size` long.
    private static func bytes(_ name: String, in object: JSONObject, size: Int, required: Bool) throws(CredentialError) -> [UInt8]? {
        guard let text = try string(name, in: object, required: required) else { return nil }
        guard let bytes = Base64URL.decode(text) else { throw CredentialError(.jwkInvalid, "the JWK's \(name) is not base64url") }
        guard bytes.count == size else {
            throw CredentialError(.jwkInvalid, "the JWK's \(name) has \(bytes.count) bytes; a key of its curve has \(size)")
        }
        return bytes
    }
}
