import CCrypto
import Foundation

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

    /// The digest of the file at `path`, read a mebibyte at a time (a large file is never held
    /// whole); nil when the file cannot be read.
    public func hash(contentsOf path: String) -> [UInt8]? {
        guard let file = FileHandle(forReadingAtPath: path), let context = EVP_MD_CTX_new() else { return nil }
        defer {
            EVP_MD_CTX_free(context)
            try? file.close()
        }
        guard EVP_DigestInit_ex(context, evpDigest, nil) == 1 else { return nil }
        while true {
            // Nil, or no bytes, at the end of the file; a read error throws.
            let read: Data?
            do { read = try file.read(upToCount: 1 << 20) } catch { return nil }
            guard let chunk = read, !chunk.isEmpty else { break }
            let updated = chunk.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
            guard updated == 1 else { return nil }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1, Int(length) == outputSize else { return nil }
        return Array(digest.prefix(outputSize))
    }
}
