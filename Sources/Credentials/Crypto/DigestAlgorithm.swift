import CCrypto

/// A SHA-2 hash function, computed by libcrypto: SHA-256 for JWK thumbprints and ES256, SHA-384
/// and SHA-512 for ES384 and ES512.
public enum DigestAlgorithm: Sendable, Hashable, CaseIterable {
    case sha256
    case sha384
    case sha512

    /// The length of a digest, in bytes.
    public var outputSize: Int {
        switch self {
        case .sha256: 32
        case .sha384: 48
        case .sha512: 64
        }
    }

    /// libcrypto's description of the hash function (a static object, never freed).
    var evpDigest: OpaquePointer? {
        switch self {
        case .sha256: EVP_sha256()
        case .sha384: EVP_sha384()
        case .sha512: EVP_sha512()
        }
    }

    /// The digest of `bytes`.
    public func hash(_ bytes: [UInt8]) throws(CredentialError) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_Digest(bytes, bytes.count, &digest, &length, evpDigest, nil) == 1, Int(length) == outputSize else {
            throw LibCrypto.error(.cryptoFailure, "libcrypto could not compute a \(self) digest")
        }
        return Array(digest.prefix(outputSize))
    }
}
