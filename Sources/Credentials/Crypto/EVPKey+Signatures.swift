import CCrypto

/// Signing and verifying with a key, signatures in the form JOSE writes them.
extension EVPKey {
    /// The signature of `message` by `algorithm`: 64 bytes for Ed25519, r || s for ECDSA.
    ///
    /// Ed25519 signs the whole message in one call (`EVP_DigestSign` with no digest); ECDSA signs
    /// its digest, and libcrypto's DER signature is turned into JOSE's fixed-size form.
    func sign(_ message: [UInt8], with algorithm: SigningAlgorithm) throws(CredentialError) -> [UInt8] {
        guard let context = EVP_MD_CTX_new() else { throw LibCrypto.error(.cryptoFailure, "libcrypto is out of memory") }
        defer { EVP_MD_CTX_free(context) }
        var signature = [UInt8](repeating: 0, count: Int(EVP_PKEY_get_size(pointer)))
        var length = signature.count
        guard EVP_DigestSignInit(context, nil, algorithm.digest?.evpDigest, nil, pointer) == 1,
            EVP_DigestSign(context, &signature, &length, message, message.count) == 1, length <= signature.count
        else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto could not sign with \(algorithm.rawValue)")
        }
        signature.removeSubrange(length...)
        guard algorithm.digest != nil else { return signature }
        guard let jose = ECDSASignature(der: signature)?.jose(size: algorithm.curve.coordinateSize) else {
            throw CredentialError(.cryptoFailure, "libcrypto wrote an ECDSA signature that is not DER")
        }
        return jose
    }

    /// Whether `signature`, in JOSE form, is this key's signature of `message` by `algorithm`.
    func verifies(_ signature: [UInt8], of message: [UInt8], with algorithm: SigningAlgorithm) throws(CredentialError) -> Bool {
        let encoded: [UInt8]
        if algorithm.digest == nil {
            guard signature.count == algorithm.signatureSize else { return false }
            encoded = signature
        } else {
            guard let ecdsa = ECDSASignature(jose: signature, size: algorithm.curve.coordinateSize) else { return false }
            encoded = ecdsa.der
        }
        guard let context = EVP_MD_CTX_new() else { throw LibCrypto.error(.cryptoFailure, "libcrypto is out of memory") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, algorithm.digest?.evpDigest, nil, pointer) == 1 else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto could not verify with \(algorithm.rawValue)")
        }
        let result = EVP_DigestVerify(context, encoded, encoded.count, message, message.count)
        // A signature that does not verify leaves a reason in the queue; it is no error here.
        LibCrypto.takeReason()
        return result == 1
    }
}
