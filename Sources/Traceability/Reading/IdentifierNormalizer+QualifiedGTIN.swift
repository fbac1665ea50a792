import Spooling

extension IdentifierNormalizer {
    /// The outcome for a canonical Digital Link of a lot or item (`https://id.gs1.org/01/{gtin}`
    /// with `/10/{lot}`, `/21/{serial}` or both), or nil when `raw` (UTF-8 bytes, which `text`
    /// gives as a string) is not of that plain shape.
    ///
    /// Serials are unique, so caching whole item links rarely hits, and a full parse of each
    /// one is a fifth of the reading time of a large export. The GTIN part repeats, so it goes
    /// through ``canonical(utf8:text:)`` and its cache (the full GS1 checks: check digit, company
    /// prefix); the lot and serial are accepted here only when their checks cannot fail and
    /// they need no percent-encoding: 1 to 20 characters, letters, digits, `-`, `.` and `_`
    /// (a subset of GS1's character set 82 and of RFC 3986's unreserved characters). Anything
    /// else, including a bad GTIN, takes the full parse, so the outcome and its problem are
    /// exactly those of ``compute(_:)``.
    mutating func canonicalQualifiedGTIN(_ raw: UnsafeBufferPointer<UInt8>, text: () -> String) -> Outcome? {
        guard let keyLength = Self.gtinKeyLength(ofQualifiedGTIN: raw) else { return nil }
        let gtinLink = UnsafeBufferPointer(rebasing: raw[..<keyLength])
        let key = canonical(utf8: gtinLink, text: { String(decoding: gtinLink, as: UTF8.self) })
        let isCanonical =
            key.canonical.utf8.withContiguousStorageIfAvailable { bytesEqual($0, gtinLink) } ?? key.canonical.utf8.elementsEqual(gtinLink)
        guard key.problem == nil, isCanonical else { return nil }
        return Outcome(canonical: text())
    }

    private static let prefix = Array("https://id.gs1.org/01/".utf8)

    /// The length of the `https://id.gs1.org/01/{14 digits}` part when `bytes` is that followed by
    /// `/10/{value}`, `/21/{value}` or both in that order, with plain values; otherwise nil.
    static func gtinKeyLength(ofQualifiedGTIN bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let keyLength = prefix.count + 14
        guard bytes.count > keyLength + 4, bytes.starts(with: prefix) else { return nil }
        for index in prefix.count..<keyLength where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            return nil
        }
        var position = keyLength
        var lastAI: UInt8 = 0
        while position < bytes.count {
            // "/10/" or "/21/", in that order, each at most once.
            guard position + 4 < bytes.count, bytes[position] == UInt8(ascii: "/"), bytes[position + 3] == UInt8(ascii: "/")
            else { return nil }
            let ai: UInt8
            switch (bytes[position + 1], bytes[position + 2]) {
            case (UInt8(ascii: "1"), UInt8(ascii: "0")): ai = 10
            case (UInt8(ascii: "2"), UInt8(ascii: "1")): ai = 21
            default: return nil
            }
            guard ai > lastAI else { return nil }
            lastAI = ai
            let valueStart = position + 4
            var end = valueStart
            while end < bytes.count, bytes[end] != UInt8(ascii: "/") {
                guard isPlainValueByte(bytes[end]) else { return nil }
                end += 1
            }
            guard end > valueStart, end - valueStart <= 20 else { return nil }
            position = end
        }
        return keyLength
    }

    /// A letter, a digit, `-`, `.` or `_`.
    private static func isPlainValueByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
