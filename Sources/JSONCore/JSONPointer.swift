/// An RFC 6901 JSON Pointer: a path of reference tokens into a JSON value.
///
/// `description` is the escaped string form (`/a~1b/0`); the empty pointer is the whole document.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// The unescaped reference tokens, outermost first.
    public private(set) var tokens: [String]

    /// The pointer to the whole document.
    public init() { tokens = [] }

    /// A pointer with the given unescaped tokens.
    public init(tokens: [String]) { self.tokens = tokens }

    /// Parses the string form `text` (`""` or `/token/...`, with `~0` for `~` and `~1` for `/`).
    public init?(_ text: String) {
        guard !text.isEmpty else { self.init(); return }
        guard text.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for part in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = Self.unescape(part) else { return nil }
            tokens.append(token)
        }
        self.init(tokens: tokens)
    }

    /// This pointer extended by the member name or array index `token`.
    public func appending(_ token: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(token)
        return copy
    }

    /// This pointer extended by the array index `index`.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// The pointer to the value that contains this one; `nil` for the whole document.
    public var parent: JSONPointer? {
        tokens.isEmpty ? nil : JSONPointer(tokens: Array(tokens.dropLast()))
    }

    /// The escaped string form.
    ///
    /// Written as UTF-8 bytes: `~` and `/` are ASCII, and no byte of another character's UTF-8
    /// form is, so escaping the bytes escapes the characters (a scalar appended to a string at
    /// a time cost some 9,000 instructions for an event's pointer).
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.reduce(0) { $0 + $1.utf8.count + 1 })
        for token in tokens {
            bytes.append(UInt8(ascii: "/"))
            for byte in token.utf8 {
                switch byte {
                case UInt8(ascii: "~"): bytes.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "0")])
                case UInt8(ascii: "/"): bytes.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "1")])
                default: bytes.append(byte)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value this pointer designates inside `document`, or `nil` when there is none.
    ///
    /// An array index must be `0` or a number without leading zeros, as RFC 6901 says; `-`
    /// (past the end) designates nothing.
    public func resolve(in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let object):
                guard let member = object[token] else { return nil }
                current = member
            case .array(let elements):
                guard let index = Self.arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// `token` as an array index, when it is written as RFC 6901 requires.
    static func arrayIndex(_ token: String) -> Int? {
        guard let first = token.utf8.first, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard first != UInt8(ascii: "0") || token.utf8.count == 1 else { return nil }
        return Int(token)
    }

    private static func unescape(_ part: Substring) -> String? {
        guard part.contains("~") else { return String(part) }
        var result = ""
        var iterator = part.unicodeScalars.makeIterator()
        while let character = iterator.next() {
            guard character == "~" else { result.unicodeScalars.append(character); continue }
            switch iterator.next() {
            case "0": result += "~"
            case "1": result += "/"
            default: return nil
            }
        }
        return result
    }
}
