/// The DID URL of a key: a `did:web` DID and a fragment, `did:web:example.com#key-1`, as a JWS
/// header's `kid` and a verification method's `id` write it.
public struct DIDKeyURL: Sendable, Hashable, CustomStringConvertible {
    /// The DID whose document lists the key.
    public let did: DIDWeb
    /// The fragment that names the key in the document.
    public let keyID: String

    /// The URL of key `keyID` of `did`.
    /// - Throws: ``DIDWebError/invalidKeyID(_:)`` unless `keyID` is a non-empty URI fragment.
    public init(did: DIDWeb, keyID: String) throws(DIDWebError) {
        guard Self.isFragment(keyID) else { throw .invalidKeyID(keyID) }
        self.did = did
        self.keyID = keyID
    }

    /// The DID URL `text` is: a `did:web` DID, `#`, and a key id.
    /// - Throws: a ``DIDWebError`` for the DID or the key id.
    public init(_ text: String) throws(DIDWebError) {
        guard text.utf8.count <= DIDWeb.maximumLength else { throw .tooLong(text.utf8.count) }
        guard let hash = text.firstIndex(of: "#") else { throw .invalidKeyID("") }
        try self.init(did: try DIDWeb(String(text[..<hash])), keyID: String(text[text.index(after: hash)...]))
    }

    public var description: String { did.description + "#" + keyID }

    /// Whether `text` is a non-empty URI fragment (RFC 3986 §3.5): unreserved characters,
    /// sub-delimiters, `:`, `@`, `/`, `?` and percent-encoded bytes.
    static func isFragment(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return false }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, bytes[index + 1].isASCIIHexDigit, bytes[index + 2].isASCIIHexDigit else { return false }
                index += 3
                continue
            }
            guard byte.isASCIILetter || byte.isASCIIDigit || Self.fragmentPunctuation.contains(byte) else { return false }
            index += 1
        }
        return true
    }

    /// The punctuation a fragment may hold besides letters, digits and percent-encoding.
    private static let fragmentPunctuation = Set("-._~!$&'()*+,;=:@/?".utf8)
}
