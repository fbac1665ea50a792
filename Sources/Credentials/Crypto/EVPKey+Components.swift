import CCrypto

/// Keys made from, and taken apart into, the values a JWK holds.
extension EVPKey {
    /// The Ed25519 key whose 32-byte private key (the JWK's `d`) is `privateKey`.
    static func ed25519(privateKey: [UInt8]) throws(CredentialError) -> EVPKey {
        guard let key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, privateKey, privateKey.count) else {
            throw LibCrypto.error(.jwkInvalid, "the Ed25519 private key d is not 32 bytes")
        }
        return EVPKey(taking: key)
    }

    /// The Ed25519 key whose 32-byte public key (the JWK's `x`) is `publicKey`.
    static func ed25519(publicKey: [UInt8]) throws(CredentialError) -> EVPKey {
        guard let key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, publicKey, publicKey.count) else {
            throw LibCrypto.error(.jwkInvalid, "the Ed25519 public key x is not 32 bytes")
        }
        return EVPKey(taking: key)
    }

    /// The EC key on `curve` whose public point is (`x`, `y`) and, for a private key, whose
    /// private scalar is `d`; all three big-endian.
    static func ellipticCurve(_ curve: Curve, x: [UInt8], y: [UInt8], d: [UInt8]?) throws(CredentialError) -> EVPKey {
        guard let group = curve.libCryptoGroupName, let builder = OSSL_PARAM_BLD_new() else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto cannot make \(curve.rawValue) keys")
        }
        defer { OSSL_PARAM_BLD_free(builder) }
        let scalar = d.flatMap { BN_bin2bn($0, Int32($0.count), nil) }
        defer { BN_clear_free(scalar) }
        // The uncompressed point (SEC 1 §2.3.3). The builder keeps a pointer to it until it makes the parameters.
        let point = [0x04] + x + y
        let parameters = point.withUnsafeBufferPointer { point in
            guard OSSL_PARAM_BLD_push_utf8_string(builder, LibCryptoName.groupParameter.cString, group.cString, 0) == 1,
                OSSL_PARAM_BLD_push_octet_string(builder, LibCryptoName.publicKeyParameter.cString, point.baseAddress, point.count) == 1,
                d == nil || (scalar != nil && OSSL_PARAM_BLD_push_BN(builder, LibCryptoName.privateKeyParameter.cString, scalar) == 1)
            else { return nil as UnsafeMutablePointer<OSSL_PARAM>? }
            return OSSL_PARAM_BLD_to_param(builder)
        }
        guard let parameters else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto could not take the values of a \(curve.rawValue) key")
        }
        defer { OSSL_PARAM_free(parameters) }
        guard let context = EVP_PKEY_CTX_new_from_name(nil, LibCryptoName.ellipticCurve.cString, nil) else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto cannot make EC keys")
        }
        defer { EVP_PKEY_CTX_free(context) }
        // EVP_PKEY_PUBLIC_KEY and EVP_PKEY_KEYPAIR, macros Swift does not import.
        let publicKey = OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS | OSSL_KEYMGMT_SELECT_OTHER_PARAMETERS | OSSL_KEYMGMT_SELECT_PUBLIC_KEY
        let selection = d == nil ? publicKey : publicKey | OSSL_KEYMGMT_SELECT_PRIVATE_KEY
        var key: OpaquePointer?
        guard EVP_PKEY_fromdata_init(context) == 1, EVP_PKEY_fromdata(context, &key, selection, parameters) == 1, let key else {
            throw LibCrypto.error(.jwkInvalid, "the point (x, y) is not on \(curve.rawValue)")
        }
        return EVPKey(taking: key)
    }

    /// The public key as a JWK writes it: `x` alone for Ed25519, `x` and `y` for EC; each
    /// `curve.coordinateSize` bytes long.
    func publicComponents(on curve: Curve) throws(CredentialError) -> (x: [UInt8], y: [UInt8]?) {
        guard curve != .ed25519 else {
            var x = [UInt8](repeating: 0, count: curve.coordinateSize)
            var length = x.count
            guard EVP_PKEY_get_raw_public_key(pointer, &x, &length) == 1, length == x.count else {
                throw LibCrypto.error(.cryptoFailure, "libcrypto did not give the Ed25519 public key")
            }
            return (x, nil)
        }
        return (try number(.xParameter, size: curve.coordinateSize), try number(.yParameter, size: curve.coordinateSize))
    }

    /// The private key as a JWK writes it (`d`), `curve.coordinateSize` bytes long.
    func privateComponent(on curve: Curve) throws(CredentialError) -> [UInt8] {
        guard curve != .ed25519 else {
            var d = [UInt8](repeating: 0, count: curve.coordinateSize)
            var length = d.count
            guard EVP_PKEY_get_raw_private_key(pointer, &d, &length) == 1, length == d.count else {
                throw LibCrypto.error(.cryptoFailure, "libcrypto did not give the Ed25519 private key")
            }
            return d
        }
        return try number(.privateKeyParameter, size: curve.coordinateSize)
    }

    /// The number parameter `name` of the key, big-endian, left-padded to `size` bytes.
    private func number(_ name: LibCryptoName, size: Int) throws(CredentialError) -> [UInt8] {
        var number: OpaquePointer?
        defer { BN_clear_free(number) }
        var bytes = [UInt8](repeating: 0, count: size)
        guard EVP_PKEY_get_bn_param(pointer, name.cString, &number) == 1, BN_bn2binpad(number, &bytes, Int32(size)) == Int32(size) else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto did not give the key's \(name.text)")
        }
        return bytes
    }
}
