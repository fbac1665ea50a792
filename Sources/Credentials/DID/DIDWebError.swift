/// Why text is not a `did:web` DID, or not the DID URL of a key.
public enum DIDWebError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text does not start with `did:web:` (lowercase, as the method requires).
    case notDIDWeb(String)
    /// The text is longer than ``DIDWeb/maximumLength`` bytes.
    case tooLong(Int)
    /// The domain is not a domain name: empty, a label empty, too long, starting or ending with
    /// `-`, or holding a character other than letters, digits and `-`; the domain.
    case invalidDomain(String)
    /// The domain is an IP address, which the method forbids.
    case ipAddress(String)
    /// The port after `%3A` is not a number from 1 to 65535.
    case invalidPort(String)
    /// A path segment is empty, `.` or `..`, or holds a character other than letters, digits, `.`, `-` and `_`.
    case invalidPathSegment(String)
    /// A key id (the fragment of a DID URL) is empty or holds a character a URI fragment cannot.
    case invalidKeyID(String)

    /// The rule the problem breaks.
    public var rule: DIDRule { .syntax }

    public var description: String {
        switch self {
        case .notDIDWeb(let text): "\"\(text.prefix(80))\" is not a did:web DID: it must start with did:web: (in lowercase)"
        case .tooLong(let length): "a did:web DID of \(length) bytes is longer than the \(DIDWeb.maximumLength) accepted"
        case .invalidDomain(let domain):
            "\"\(domain)\" is not a domain name: dot-separated labels of 1 to 63 letters, digits and hyphens, "
                + "not starting or ending with a hyphen, 253 characters at most (a port is written %3A and its number)"
        case .ipAddress(let domain): "\(domain) is an IP address; did:web requires a domain name"
        case .invalidPort(let port): "\"\(port)\" is not a port: a number from 1 to 65535 after %3A"
        case .invalidPathSegment(let segment):
            "the path segment \"\(segment)\" is not allowed: letters, digits, '.', '-' and '_', not empty, not . or .."
        case .invalidKeyID(let keyID): "\"\(keyID)\" is not a key id: a non-empty URI fragment without spaces or '#'"
        }
    }
}
