/// What a word is made of, and a text's words as claim terms are looked for in them: lower-cased,
/// one space between each and one either side, as UTF-8.
///
/// Characters are what `isWordCharacter` accepts. ASCII characters are told by a table made from
/// it, byte by byte, where the text allows: an ASCII character followed by another (or by the
/// end) is a character of its own (the one pair Unicode joins, CR LF, is two separators either
/// way). Everything else is read as Swift's `Character`s, as splitting the text would read it.
struct WordCharacters: Sendable {
    let isWordCharacter: @Sendable (Character) -> Bool
    /// Bit `b` is set when the ASCII character `b` is a word character: `low` for 0-63, `high` for 64-127.
    private let low: UInt64
    private let high: UInt64

    init(_ isWordCharacter: @escaping @Sendable (Character) -> Bool) {
        self.isWordCharacter = isWordCharacter
        var bits: (low: UInt64, high: UInt64) = (0, 0)
        for byte in UInt8(0)..<0x80 where isWordCharacter(Character(Unicode.Scalar(byte))) {
            if byte < 64 { bits.low |= 1 << byte } else { bits.high |= 1 << (byte - 64) }
        }
        (low, high) = bits
    }

    /// Whether the ASCII character `byte` is a word character.
    @inline(__always)
    func isWordByte(_ byte: UInt8) -> Bool {
        byte < 64 ? (low >> byte) & 1 == 1 : (high >> (byte & 63)) & 1 == 1
    }

    /// The ASCII character `byte` in lower case.
    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// The words of `text`, lower-cased, one space between each and one either side, as UTF-8.
    func spacedWords(_ text: String) -> [UInt8] {
        var contiguous = text
        let ascii: [UInt8]? = contiguous.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return [UInt8](unsafeUninitializedCapacity: bytes.count + 2) { spaced, count in
                spaced[0] = 0x20
                count = 1
                for byte in bytes {
                    let lower = Self.lowercased(byte)
                    if isWordByte(lower) {
                        spaced[count] = lower
                        count += 1
                    } else if spaced[count - 1] != 0x20 {
                        spaced[count] = 0x20
                        count += 1
                    }
                }
                if spaced[count - 1] != 0x20 {
                    spaced[count] = 0x20
                    count += 1
                }
            }
        }
        if let ascii { return ascii }
        var spaced: [UInt8] = [0x20]
        appendWords(of: text, to: &spaced)
        if spaced.last != 0x20 { spaced.append(0x20) }
        return spaced
    }

    /// Appends the words of `text`, lower-cased: ASCII characters byte by byte, the others (and
    /// an ASCII one a mark may join) as `Character`s, each lower-cased on its own (Swift's lower
    /// case maps each scalar without regard to its neighbours, so this is the text's lower case).
    private func appendWords(of text: String, to spaced: inout [UInt8]) {
        let utf8 = text.utf8
        spaced.reserveCapacity(utf8.count + 2)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte < 0x80, next == utf8.endIndex || utf8[next] < 0x80 {
                let lower = Self.lowercased(byte)
                if isWordByte(lower) {
                    spaced.append(lower)
                } else if spaced.last != 0x20 {
                    spaced.append(0x20)
                }
                index = next
                continue
            }
            let end = text.index(after: index)
            for character in text[index..<end].lowercased() {
                if isWordCharacter(character) {
                    spaced.append(contentsOf: character.utf8)
                } else if spaced.last != 0x20 {
                    spaced.append(0x20)
                }
            }
            index = end
        }
    }
}
