import JSONCore

extension String {
    /// The string safe inside HTML or XML character data and attribute values.
    ///
    /// The five markup characters become entity references; characters XML 1.0 forbids even
    /// as references (C0 controls other than tab, line feed and carriage return, and U+FFFE,
    /// U+FFFF) become U+FFFD. Every string that reaches HTML or SVG goes through here or through
    /// ``MarkupEscaping/append(_:to:)``. A string with nothing to escape (most) is returned as it is.
    var markupEscaped: String {
        guard utf8.contains(where: MarkupEscaping.needsEscaping) else { return self }
        var escaped = HTMLWriter(capacity: utf8.count + 16)
        MarkupEscaping.append(self, to: &escaped)
        return escaped.html
    }
}

/// The escaping of ``Swift/String/markupEscaped``, written straight into a buffer of UTF-8 bytes.
enum MarkupEscaping {
    /// Appends the UTF-8 bytes of `text` to `output`, escaped as ``Swift/String/markupEscaped`` says.
    static func append(_ text: String, to output: inout HTMLWriter) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends the UTF-8 bytes `input` to `output`, escaped: runs with nothing to escape are
    /// passed over a word at a time and copied whole.
    static func append(_ input: UnsafeBufferPointer<UInt8>, to output: inout HTMLWriter) {
        guard let bytes = input.baseAddress else { return }
        var runStart = 0
        var index = 0
        while true {
            index = JSONByteScan.first(in: bytes, from: index, count: input.count, flagged: flags, isSought: needsEscaping)
            guard index < input.count else { break }
            let byte = bytes[index]
            // A tab, line feed or carriage return is flagged with the other controls, and stays.
            guard needsEscaping(byte) else {
                index += 1
                continue
            }
            output.append(UnsafeBufferPointer(start: bytes + runStart, count: index - runStart))
            index += 1
            switch byte {
            case UInt8(ascii: "&"): output.raw("&amp;")
            case UInt8(ascii: "<"): output.raw("&lt;")
            case UInt8(ascii: ">"): output.raw("&gt;")
            case UInt8(ascii: "\""): output.raw("&quot;")
            case UInt8(ascii: "'"): output.raw("&apos;")
            // U+FFFE and U+FFFF: EF BF BE and EF BF BF; any other character led by EF stays.
            case 0xEF:
                if index + 1 < input.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE {
                    output.raw("\u{FFFD}")
                    index += 2
                } else {
                    output.append(byte)
                }
            default: output.raw("\u{FFFD}")
            }
            runStart = index
        }
        output.append(UnsafeBufferPointer(start: bytes + runStart, count: input.count - runStart))
    }

    /// The bytes below 64 that may start something to escape, a bit each: the C0 controls other
    /// than tab, line feed and carriage return, and `"`, `&`, `'`, `<` and `>`.
    private static let escapedBelow64: UInt64 =
        (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)) | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// The high bit of each byte of `word` that may start something to escape, and of tab, line
    /// feed and carriage return (only the lowest flag is exact: ``JSONCore/JSONByteScan``).
    @inline(__always) private static func flags(_ word: UInt64) -> UInt64 {
        // `&` and `'` (0x26, 0x27) differ in their lowest bit; `<` and `>` (0x3C, 0x3E) in their second.
        JSONByteScan.bytes(in: word, below: 0x20) | JSONByteScan.equalBytes(in: word, to: UInt8(ascii: "\""))
            | JSONByteScan.equalBytes(in: word & 0xFEFE_FEFE_FEFE_FEFE, to: UInt8(ascii: "&"))
            | JSONByteScan.equalBytes(in: word & 0xFDFD_FDFD_FDFD_FDFD, to: UInt8(ascii: "<"))
            | JSONByteScan.equalBytes(in: word, to: 0xEF)
    }

    /// Whether `byte` may start something to escape: a markup character, a C0 control other than
    /// tab, line feed and carriage return, or the lead byte of U+FFFE or U+FFFF.
    @inline(__always) static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 64 ? escapedBelow64 >> byte & 1 != 0 : byte == 0xEF
    }
}
