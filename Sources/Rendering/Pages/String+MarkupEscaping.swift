extension String {
    /// The string safe inside HTML or XML character data and attribute values.
    ///
    /// The five markup characters become entity references; characters XML 1.0 forbids even
    /// as references (C0 controls other than tab, line feed and carriage return, and U+FFFE,
    /// U+FFFF) become U+FFFD. Every string that reaches HTML or SVG goes through here or through
    /// ``MarkupEscaping/append(_:to:)``. A string with nothing to escape (most) is returned as it is.
    var markupEscaped: String {
        guard utf8.contains(where: MarkupEscaping.needsEscaping) else { return self }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 16)
        MarkupEscaping.append(self, to: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }
}

/// The escaping of ``Swift/String/markupEscaped``, written straight into a buffer of UTF-8 bytes.
enum MarkupEscaping {
    /// Appends the UTF-8 bytes of `text` to `output`, escaped as ``Swift/String/markupEscaped`` says.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends the UTF-8 bytes `input` to `output`, escaped: runs with nothing to escape are copied whole.
    static func append(_ input: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let bytes = input.baseAddress else { return }
        var runStart = 0
        var index = 0
        while index < input.count {
            let byte = bytes[index]
            guard needsEscaping(byte) else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(start: bytes + runStart, count: index - runStart))
            index += 1
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&apos;".utf8)
            // U+FFFE and U+FFFF: EF BF BE and EF BF BF; any other character led by EF stays.
            case 0xEF:
                if index + 1 < input.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE {
                    output.append(contentsOf: replacement)
                    index += 2
                } else {
                    output.append(byte)
                }
            default: output.append(contentsOf: replacement)
            }
            runStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(start: bytes + runStart, count: input.count - runStart))
    }

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The bytes below 64 that may start something to escape, a bit each: the C0 controls other
    /// than tab, line feed and carriage return, and `"`, `&`, `'`, `<` and `>`.
    private static let escapedBelow64: UInt64 =
        (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)) | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Whether `byte` may start something to escape: a markup character, a C0 control other than
    /// tab, line feed and carriage return, or the lead byte of U+FFFE or U+FFFF.
    @inline(__always) static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 64 ? escapedBelow64 >> byte & 1 != 0 : byte == 0xEF
    }
}
