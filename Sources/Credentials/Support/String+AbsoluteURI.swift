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

extension UInt8 {
    /// Whether the byte is an ASCII letter.
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    /// Whether the byte is an ASCII digit.
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}
