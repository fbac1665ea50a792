import Diagnostics

/// Text escaped for SpreadsheetML parts, in element content and attribute values alike.
enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and tab, line feed and carriage return
    /// as character references (so that attribute values and `\r\n` keep them as they are).
    ///
    /// A character XML 1.0 forbids (a control character other than tab, line feed and carriage
    /// return, or U+FFFE and U+FFFF) is refused as ``SpreadsheetWriteRule/value`` at `location`:
    /// there is no way to write it that Excel, LibreOffice and openpyxl all read back the same.
    static func escaped(_ text: String, at location: @autoclosure () -> SourceLocation) throws(Diagnostic) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t": escaped += "&#9;"
            case "\n": escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case _ where isForbidden(scalar):
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw .error(
                    SpreadsheetWriteRule.value,
                    "the text holds the control character U+\(String(repeating: "0", count: 4 - code.count) + code), which XML 1.0 cannot carry",
                    at: location())
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Whether XML 1.0 forbids `scalar`: a control character other than tab, line feed and carriage return, or U+FFFE and U+FFFF.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || scalar == "\u{FFFE}" || scalar == "\u{FFFF}"
    }
}
