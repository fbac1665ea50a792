/// Writes records as a CSV file (RFC 4180) that Excel, LibreOffice and ``CSVTable`` read back
/// as written: UTF-8 with a byte-order mark (so that Excel takes it for UTF-8, not the
/// system's code page), `,` between fields, CRLF after every record.
///
/// A field is quoted, its `"` doubled, when it holds `"`, `,`, a line break, or spaces at
/// either end (which a reader might trim); other fields are written as they are.
public enum CSVWriter {
    /// The bytes of the file holding `records`, in order.
    public static func bytes(_ records: [[String]]) -> [UInt8] {
        var text = ""
        for record in records {
            text += record.map(field).joined(separator: ",") + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// `value` as a field, quoted when it must be.
    private static func field(_ value: String) -> String {
        let needsQuotes =
            value.contains { $0 == "\"" || $0 == "," || $0.isNewline } || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        return needsQuotes ? "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : value
    }
}
