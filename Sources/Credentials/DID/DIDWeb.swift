/// A `did:web` DID: a domain name, an optional port and an optional path, which say where the
/// DID document is published (the did:web method specification, "Method-specific identifier"
/// and "Read (Resolve)").
///
/// `did:web:example.com` is resolved at `https://example.com/.well-known/did.json`,
/// `did:web:example.com%3A3000:user:alice` at `https://example.com:3000/user/alice/did.json`.
///
/// Path segments are limited to letters, digits, `.`, `-` and `_` (no percent-encoding), so
/// that a DID always names a file inside the site that publishes its document.
public struct DIDWeb: Sendable, Hashable, CustomStringConvertible {
    /// The prefix of every `did:web` DID.
    public static let prefix = "did:web:"
    /// The longest DID accepted, in bytes.
    public static let maximumLength = 2_048

    /// The DID as text, as it was given.
    public let description: String
    /// The host name.
    public let host: String
    /// The port, when the DID names one.
    public let port: Int?
    /// The path segments, empty for a bare domain.
    public let path: [String]

    /// The DID `text` is.
    /// - Throws: a ``DIDWebError`` saying what does not follow the method's syntax.
    public init(_ text: String) throws(DIDWebError) {
        guard text.utf8.count <= Self.maximumLength else { throw .tooLong(text.utf8.count) }
        guard text.hasPrefix(Self.prefix) else { throw .notDIDWeb(text) }
        let segments = text.dropFirst(Self.prefix.count).split(separator: ":", omittingEmptySubsequences: false)
        let authority = segments[0]
        let portMarker = authority.firstRange(of: "%3A") ?? authority.firstRange(of: "%3a")
        let host = String(authority[..<(portMarker?.lowerBound ?? authority.endIndex)])
        try Self.checkDomain(host)
        if let portMarker {
            let digits = authority[portMarker.upperBound...]
            guard digits.first != "0", digits.utf8.allSatisfy(\.isASCIIDigit), let port = Int(digits), (1...65_535).contains(port) else {
                throw .invalidPort(String(digits))
            }
            self.port = port
        } else {
            port = nil
        }
        path = segments.dropFirst().map(String.init)
        for segment in path where !Self.isPathSegment(segment) { throw .invalidPathSegment(segment) }
        self.host = host
        description = text
    }

    /// The HTTPS URL of the DID document: `/.well-known/did.json` below the host for a bare
    /// domain, `/PATH/did.json` otherwise.
    public var documentURL: String {
        let authority = port.map { host + ":" + String($0) } ?? host
        return "https://" + authority + "/" + documentSitePath.joined(separator: "/")
    }

    /// Where the DID document goes below the root of the site at the DID's host, as folder names
    /// then the file name: `[".well-known", "did.json"]` for a bare domain, `PATH + ["did.json"]` otherwise.
    public var documentSitePath: [String] {
        (path.isEmpty ? [".well-known"] : path) + ["did.json"]
    }

    /// The DID URL of the key `keyID` of this DID: `did:web:...#keyID`.
    /// - Throws: ``DIDWebError/invalidKeyID(_:)``.
    public func keyURL(_ keyID: String) throws(DIDWebError) -> DIDKeyURL {
        try DIDKeyURL(did: self, keyID: keyID)
    }

    /// Checks a host name: labels of letters, digits and inner hyphens (RFC 1123 §2.1), not an
    /// IP address (a numeric last label: no top-level domain is all digits).
    private static func checkDomain(_ domain: String) throws(DIDWebError) {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard domain.utf8.count <= 253,
            labels.allSatisfy({ label in
                (1...63).contains(label.utf8.count) && label.first != "-" && label.last != "-"
                    && label.utf8.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "-") }
            })
        else { throw .invalidDomain(domain) }
        if labels.last?.utf8.allSatisfy(\.isASCIIDigit) == true { throw .ipAddress(domain) }
    }

    /// Whether a path segment is letters, digits, `.`, `-` and `_`, and not `.` or `..`.
    private static func isPathSegment(_ segment: String) -> Bool {
        !segment.isEmpty && segment != "." && segment != ".."
            && segment.utf8.allSatisfy {
                $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
            }
    }
}
