extension StringProtocol {
    /// Whether the text starts with a URI scheme and its colon (RFC 3986 §3.1), as an absolute
    /// URL or a DID does: a letter, then letters, digits, `+`, `-` or `.`, then `:` and more.
    var isAbsoluteURI: Bool {
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), utf8.index(after: colon) != utf8.endIndex else { return false }
        let scheme = utf8[..<colon]
        guard let first = scheme.first, first.isASCIILetter else { return false }
        return scheme.allSatisfy {
            $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }
}
