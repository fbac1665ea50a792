import Diagnostics

/// Splits decoded CSV text into records of fields (RFC 4180 §2): fields in double quotes may
/// hold delimiters, line breaks and doubled quotes; lines end with CRLF, LF or CR.
struct CSVRecordParser {
    /// One record, with the line it starts on.
    struct Record {
        let line: Int
        var fields: [String]
    }

    let text: [Unicode.Scalar]
    let delimiter: Unicode.Scalar
    let source: String

    func records() throws(Diagnostic) -> [Record] {
        var records: [Record] = []
        var index = 0
        var line = 1
        while index < text.count {
            var record = Record(line: line, fields: [])
            var endOfRecord = false
            while !endOfRecord {
                var field = String.UnicodeScalarView()
                if index < text.count, text[index] == "\"" {
                    let opening = line
                    index += 1
                    while true {
                        guard index < text.count else {
                            throw .error(
                                SpreadsheetRule.csvMalformed, "a quoted field opened here is never closed",
                                at: SourceLocation(file: source, line: opening))
                        }
                        let scalar = text[index]
                        index += 1
                        if scalar == "\"" {
                            guard index < text.count, text[index] == "\"" else { break }
                            index += 1
                        } else if scalar == "\n" || (scalar == "\r" && (index == text.count || text[index] != "\n")) {
                            line += 1
                        }
                        field.append(scalar)
                    }
                    guard index == text.count || text[index] == delimiter || text[index] == "\r" || text[index] == "\n" else {
                        throw .error(
                            SpreadsheetRule.csvMalformed,
                            "a quoted field is followed by text before the next delimiter (double the quotes inside it)",
                            at: SourceLocation(file: source, line: line))
                    }
                } else {
                    while index < text.count, text[index] != delimiter, text[index] != "\r", text[index] != "\n" {
                        field.append(text[index])
                        index += 1
                    }
                }
                record.fields.append(String(field))
                if index < text.count, text[index] == delimiter {
                    index += 1
                } else {
                    if index < text.count, text[index] == "\r" { index += 1 }
                    if index < text.count, text[index] == "\n" { index += 1 }
                    line += 1
                    endOfRecord = true
                }
            }
            records.append(record)
        }
        return records
    }
}
