import CCrypto

extension PrivateKey {
    /// The longest PEM text read as a key: far more than any supported key needs.
    public static let maximumPEMSize = 64 << 10

    /// The key that the PEM text `pem` holds: PKCS#8 (`BEGIN PRIVATE KEY`) or libcrypto's
    /// traditional EC form, unencrypted. An encrypted key is refused rather than asked a password for.
    public init(pem: String) throws(CredentialError) {
        let bytes = Array(pem.utf8)
        guard bytes.count <= Self.maximumPEMSize else {
            throw CredentialError(.keyUnreadable, "the key text has \(bytes.count) bytes; a PEM private key has at most \(Self.maximumPEMSize)")
        }
        let pointer: OpaquePointer? = bytes.withUnsafeBytes { buffer in
            guard let input = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { BIO_free(input) }
            // No password: a callback that gives none keeps libcrypto from prompting on the terminal.
            return PEM_read_bio_PrivateKey(input, nil, { _, _, _, _ in 0 }, nil)
        }
        guard let pointer else {
            throw LibCrypto.error(.keyUnreadable, "the text is not an unencrypted PEM private key (\"-----BEGIN PRIVATE KEY-----\")")
        }
        try self.init(checking: EVPKey(taking: pointer), unsoundKey: .keyUnreadable)
    }

    /// The key as unencrypted PKCS#8 PEM text (`-----BEGIN PRIVATE KEY-----`). Keep it secret.
    public func pem() throws(CredentialError) -> String {
        guard let output = BIO_new(BIO_s_mem()) else { throw LibCrypto.error(.cryptoFailure, "libcrypto is out of memory") }
        defer { BIO_free(output) }
        guard PEM_write_bio_PKCS8PrivateKey(output, key.pointer, nil, nil, 0, nil, nil) == 1 else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto could not write the key as PKCS#8")
        }
        var text = [UInt8](repeating: 0, count: Int(BIO_ctrl_pending(output)))
        guard BIO_read(output, &text, Int32(text.count)) == Int32(text.count) else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto could not give the PKCS#8 text")
        }
        return String(decoding: text, as: UTF8.self)
    }
}
