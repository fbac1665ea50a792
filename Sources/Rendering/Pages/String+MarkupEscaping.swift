extension String {
    /// The string safe inside HTML or XML character data and attribute values.
    ///
    /// The five markup characters become entity references; characters XML 1.0 forbids even
    /// as references (C0 controls other than tab, line feed and carriage return, and U+FFFE,
    /// U+FFFF) become U+FFFD. Every string that reaches HTML or SVG goes through here.
    var markupEscaped: String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
