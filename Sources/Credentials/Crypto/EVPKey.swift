import CCrypto

/// A libcrypto `EVP_PKEY` this value owns, freed with the last reference to it.
///
/// Nothing changes the key once it is made, and every operation makes its own context from it;
/// libcrypto allows a key to be shared between threads on those terms, hence `@unchecked Sendable`.
final class EVPKey: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`.
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    /// A new key pair on `curve`, from libcrypto's random generator.
    static func generate(on curve: Curve) throws(CredentialError) -> EVPKey {
        guard let context = EVP_PKEY_CTX_new_from_name(nil, curve.libCryptoKeyType.cString, nil) else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto cannot make \(curve.rawValue) keys")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1,
            curve.libCryptoGroupName.map({ EVP_PKEY_CTX_set_group_name(context, $0.cString) == 1 }) ?? true,
            EVP_PKEY_generate(context, &key) == 1, let key
        else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto could not generate a \(curve.rawValue) key")
        }
        return EVPKey(taking: key)
    }

    /// The curve of the key: Ed25519 or one of the NIST curves; any other key is unsupported.
    func curve() throws(CredentialError) -> Curve {
        if EVP_PKEY_is_a(pointer, LibCryptoName.ed25519.cString) == 1 { return .ed25519 }
        guard EVP_PKEY_is_a(pointer, LibCryptoName.ellipticCurve.cString) == 1 else {
            let type = EVP_PKEY_get0_type_name(pointer).map { String(cString: $0) } ?? "unknown"
            throw CredentialError(.keyUnsupported, "the key is a \(type) key; Ed25519, P-256, P-384 and P-521 keys are supported")
        }
        var name = [CChar](repeating: 0, count: 80)
        var length = 0
        guard EVP_PKEY_get_utf8_string_param(pointer, LibCryptoName.groupParameter.cString, &name, name.count, &length) == 1 else {
            throw LibCrypto.error(.keyUnsupported, "the EC key names no curve (explicit curve parameters are not supported)")
        }
        let group = String(decoding: name.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let curve = Curve.allCases.first(where: { $0.libCryptoGroupName?.text == group }) else {
            throw CredentialError(.keyUnsupported, "the EC key is on \(group); P-256, P-384 and P-521 are supported")
        }
        return curve
    }

    /// Whether libcrypto finds the key sound: for an EC key, its point on the curve and in the
    /// right subgroup, and with `includingPrivateKey`, its private key in range and matching it.
    func passesCheck(includingPrivateKey: Bool) -> Bool {
        guard let context = EVP_PKEY_CTX_new_from_pkey(nil, pointer, nil) else { return false }
        defer { EVP_PKEY_CTX_free(context) }
        let result = includingPrivateKey ? EVP_PKEY_check(context) : EVP_PKEY_public_check(context)
        LibCrypto.takeReason()
        return result == 1
    }
}
