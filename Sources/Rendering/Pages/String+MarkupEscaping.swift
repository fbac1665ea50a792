extension String {
    /// The string safe inside HTML or XML character data and attribute values.
    ///
    /// The five markup characters become entity references; characters XML 1.0 forbids even
    /// as references (C0 controls other than tab, line feed and carriage return, and U+FFFE,
    /// U+FFFF) become U+FFFD. Every string that reaches HTML or SVG goes through here. It works
    /// on the UTF-8 bytes, and a string with nothing to escape (most) is returned as it is.
    var markupEscaped: String {
        guard utf8.contains(where: Self.needsEscaping) else { return self }
        let input = Array(utf8)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(input.count + 16)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"): escaped += Array("&amp;".utf8)
            case UInt8(ascii: "<"): escaped += Array("&lt;".utf8)
            case UInt8(ascii: ">"): escaped += Array("&gt;".utf8)
            case UInt8(ascii: "\""): escaped += Array("&quot;".utf8)
            case UInt8(ascii: "'"): escaped += Array("&apos;".utf8)
            case 0x09, 0x0A, 0x0D: escaped.append(byte)
            case 0..<0x20: escaped += replacement
            // U+FFFE and U+FFFF: EF BF BE and EF BF BF.
            case 0xEF where index + 1 < input.count && input[index] == 0xBF && input[index + 1] >= 0xBE:
                escaped += replacement
                index += 2
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Whether `byte` may start something to escape: a markup character, a C0 control, or the
    /// lead byte of U+FFFE or U+FFFF.
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        default: byte < 0x20
        }
    }
}
