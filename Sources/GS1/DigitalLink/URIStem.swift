/// The parts of an `http(s)` URI around its path: the checks that come before any GS1 rule
/// (length, scheme, legal characters, host), and where the path and query are.
struct URIStem {
    /// Index of the first byte of the path (a `/`), or of the end of the path when it is empty.
    let pathStart: Int
    /// Index just past the path: the `?`, the `#`, or the end of the input.
    let end: Int
    /// The bytes of the query, without its `?` and without any fragment.
    let query: Range<Int>?

    /// Reads the stem of `bytes`; throws the first problem (too long, scheme, characters, host).
    init<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) throws(GS1Error) where Bytes.Index == Int {
        guard bytes.count <= DigitalLink.maximumURILength else {
            throw GS1Error(
                .uriTooLong, "the URI is \(bytes.count) bytes long; a Digital Link URI may have at most \(DigitalLink.maximumURILength)",
                at: .init(part: .input, offset: DigitalLink.maximumURILength))
        }
        let authorityStart: Int
        if Self.hasPrefix(bytes, "https://") || Self.hasPrefix(bytes, "HTTPS://") {
            authorityStart = 8
        } else if Self.hasPrefix(bytes, "http://") || Self.hasPrefix(bytes, "HTTP://") {
            authorityStart = 7
        } else {
            throw GS1Error(
                .uriScheme, "a GS1 Digital Link URI starts with http:// or https:// (all lower or all upper case)",
                at: .init(part: .scheme, offset: 0))
        }
        // One pass: every byte a URI character; the first `?` and `#` (neither can be in the authority).
        let plainCharacters = GS1ByteSet.plainURICharacters
        let count = bytes.count
        var firstQuestionMark = count
        var fragment = count
        for index in 0..<count {
            let byte = bytes[index]
            if plainCharacters.contains(byte) { continue }
            if byte == UInt8(ascii: "?") {
                if firstQuestionMark == count { firstQuestionMark = index }
            } else if byte == UInt8(ascii: "#") {
                if fragment == count { fragment = index }
            } else {
                throw GS1Error(
                    .uriCharacters, "the URI contains '\(GS1NumericKey.show(byte))', which may not appear in a URI unencoded",
                    at: .init(part: firstQuestionMark < index ? .query : .path, offset: index))
            }
        }
        var index = authorityStart
        while index < bytes.count, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: "?"),
            bytes[index] != UInt8(ascii: "#")
        {
            index += 1
        }
        try Self.checkAuthority(bytes, authorityStart..<index)
        pathStart = index
        if firstQuestionMark < fragment {
            end = firstQuestionMark
            query = (firstQuestionMark + 1)..<fragment
        } else {
            end = fragment
            query = nil
        }
    }

    private static func hasPrefix<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ prefix: StaticString) -> Bool
    where Bytes.Index == Int {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return prefix.withUTF8Buffer { expected in
            for index in 0..<count where bytes[index] != expected[index] { return false }
            return true
        }
    }

    /// A host name, IPv4 address or bracketed IPv6 address (no zone), with an optional port:
    /// the bytes of `authority`, read by index.
    private static func checkAuthority<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ authority: Range<Int>) throws(GS1Error)
    where Bytes.Index == Int {
        let start = authority.lowerBound
        let end = authority.upperBound
        guard start < end else {
            throw GS1Error(.uriHost, "the URI names no host", at: .init(part: .host, offset: start))
        }
        var hostEnd = start
        if bytes[start] == UInt8(ascii: "[") {
            var close = start + 1
            while close < end, bytes[close] != UInt8(ascii: "]") {
                guard GS1ByteSet.ipv6Characters.contains(bytes[close]) else { break }
                close += 1
            }
            guard close < end, bytes[close] == UInt8(ascii: "]"), close > start + 1 else {
                throw GS1Error(.uriHost, "the IPv6 host is malformed (zone identifiers are not allowed)", at: .init(part: .host, offset: start))
            }
            hostEnd = close + 1
        } else {
            // The host runs to the first `:`; a `:` first names no host.
            while hostEnd < end, bytes[hostEnd] != UInt8(ascii: ":") {
                guard GS1ByteSet.hostCharacters.contains(bytes[hostEnd]) else {
                    throw GS1Error(
                        .uriHost, "the host contains '\(GS1NumericKey.show(bytes[hostEnd]))'; a host has letters, digits, '-' and '.'",
                        at: .init(part: .host, offset: hostEnd))
                }
                hostEnd += 1
            }
            guard hostEnd > start else {
                throw GS1Error(.uriHost, "the URI names no host", at: .init(part: .host, offset: start))
            }
        }
        if hostEnd < end {
            guard bytes[hostEnd] == UInt8(ascii: ":"), end - hostEnd <= 6, ((hostEnd + 1)..<end).allSatisfy({ GS1CheckDigit.isDigit(bytes[$0]) })
            else {
                throw GS1Error(.uriHost, "the port must be ':' and up to five digits", at: .init(part: .host, offset: hostEnd))
            }
        }
    }
}
