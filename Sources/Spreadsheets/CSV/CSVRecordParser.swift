import Diagnostics

/// Splits decoded CSV text into records of fields (RFC 4180 §2): fields in double quotes may
/// hold delimiters, line breaks and doubled quotes; lines end with CRLF, LF or CR. The text is
/// valid UTF-8 (``CSVText``), read a byte at a time: everything the parser looks for is ASCII.
struct CSVRecordParser {
    /// One record, with the line it starts on.
    struct Record {
        let line: Int
        var fields: [String]
    }

    let text: [UInt8]
    /// An ASCII delimiter.
    let delimiter: UInt8
    let source: String

    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// Gives each record to `body` in order, none kept.
    func forEachRecord(_ body: (Record) throws(Diagnostic) -> Void) throws(Diagnostic) {
        var index = 0
        var line = 1
        // A quoted field's bytes, its doubled quotes made single.
        var quoted: [UInt8] = []
        while index < text.count {
            var record = Record(line: line, fields: [])
            var endOfRecord = false
            while !endOfRecord {
                if index < text.count, text[index] == Self.quote {
                    let opening = line
                    index += 1
                    quoted.removeAll(keepingCapacity: true)
                    while true {
                        guard index < text.count else {
                            throw .error(
                                SpreadsheetRule.csvMalformed, "a quoted field opened here is never closed",
                                at: SourceLocation(file: source, line: opening))
                        }
                        let byte = text[index]
                        index += 1
                        if byte == Self.quote {
                            guard index < text.count, text[index] == Self.quote else { break }
                            index += 1
                        } else if byte == Self.lineFeed || (byte == Self.carriageReturn && (index == text.count || text[index] != Self.lineFeed)) {
                            line += 1
                        }
                        quoted.append(byte)
                    }
                    guard index == text.count || isEndOfField(text[index]) else {
                        throw .error(
                            SpreadsheetRule.csvMalformed,
                            "a quoted field is followed by text before the next delimiter (double the quotes inside it)",
                            at: SourceLocation(file: source, line: line))
                    }
                    record.fields.append(String(decoding: quoted, as: UTF8.self))
                } else {
                    let start = index
                    while index < text.count, !isEndOfField(text[index]) { index += 1 }
                    record.fields.append(String(decoding: text[start..<index], as: UTF8.self))
                }
                if index < text.count, text[index] == delimiter {
                    index += 1
                } else {
                    if index < text.count, text[index] == Self.carriageReturn { index += 1 }
                    if index < text.count, text[index] == Self.lineFeed { index += 1 }
                    line += 1
                    endOfRecord = true
                }
            }
            try body(record)
        }
    }

    /// Whether `byte` ends an unquoted field: the delimiter or a line break.
    private func isEndOfField(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == Self.carriageReturn || byte == Self.lineFeed
    }
}
