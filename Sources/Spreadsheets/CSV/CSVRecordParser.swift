import Diagnostics

/// Splits decoded CSV text into records of fields (RFC 4180 §2): fields in double quotes may
/// hold delimiters, line breaks and doubled quotes; lines end with CRLF, LF or CR. The text is
/// valid UTF-8 (``CSVText``), read a byte at a time: everything the parser looks for is ASCII.
///
/// The text may be one piece of a file: then a record that the piece ends inside is left for
/// the next piece, which begins with it.
struct CSVRecordParser {
    /// One record, with the line it starts on.
    struct Record {
        let line: Int
        var fields: [String]
    }

    /// An ASCII delimiter.
    let delimiter: UInt8
    let source: String

    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// Where a piece's reading stopped: the bytes of its whole records, and the line the next begins on.
    struct Progress {
        let consumed: Int
        let line: Int
    }

    /// Gives each record of `text` to `body` in order, none kept, the first on line `line`.
    ///
    /// When `isLast` is false, more of the file follows `text`: a record that `text` ends inside
    /// (or right after a carriage return, which a line feed may follow) is not read, and the
    /// progress says where it begins.
    func forEachRecord(
        in text: UnsafeBufferPointer<UInt8>, line firstLine: Int, isLast: Bool, _ body: (Record) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> Progress {
        var index = 0
        var line = firstLine
        // A quoted field's bytes, its doubled quotes made single.
        var quoted: [UInt8] = []
        while index < text.count {
            let recordStart = (index: index, line: line)
            guard let record = try record(in: text, at: &index, line: &line, isLast: isLast, quoted: &quoted) else {
                return Progress(consumed: recordStart.index, line: recordStart.line)
            }
            try body(record)
        }
        return Progress(consumed: index, line: line)
    }

    /// The record at `index` of `text` (`index` and `line` then past it), or `nil` when the text
    /// ends inside it and more of the file follows (`isLast` false).
    private func record(
        in text: UnsafeBufferPointer<UInt8>, at index: inout Int, line: inout Int, isLast: Bool, quoted: inout [UInt8]
    ) throws(Diagnostic) -> Record? {
        /// Whether the text ends at `position` though the file does not: the record is unfinished.
        func endsUnfinished(at position: Int) -> Bool { position == text.count && !isLast }
        var record = Record(line: line, fields: [])
        while true {
            if index < text.count, text[index] == Self.quote {
                let opening = line
                index += 1
                quoted.removeAll(keepingCapacity: true)
                while true {
                    guard index < text.count else {
                        if !isLast { return nil }
                        throw .error(
                            SpreadsheetRule.csvMalformed, "a quoted field opened here is never closed",
                            at: SourceLocation(file: source, line: opening))
                    }
                    let byte = text[index]
                    index += 1
                    if byte == Self.quote {
                        if endsUnfinished(at: index) { return nil }
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
                if endsUnfinished(at: index) { return nil }
                record.fields.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self))
            }
            if index < text.count, text[index] == delimiter {
                index += 1
                continue
            }
            if index < text.count, text[index] == Self.carriageReturn {
                index += 1
                if endsUnfinished(at: index) { return nil }
            }
            if index < text.count, text[index] == Self.lineFeed { index += 1 }
            line += 1
            return record
        }
    }

    /// Whether `byte` ends an unquoted field: the delimiter or a line break.
    private func isEndOfField(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == Self.carriageReturn || byte == Self.lineFeed
    }
}
