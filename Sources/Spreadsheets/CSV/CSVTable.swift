import Diagnostics

/// A CSV file read as RFC 4180 describes it, with what spreadsheet programs add: a byte-order
/// mark, UTF-16, and `;` or tab as the delimiter, found from the header line.
///
/// The first record is the header; each later record is a row, with the line it starts on (a
/// quoted field may hold line breaks, so records and lines differ). Blank lines are skipped.
public struct CSVTable: Sendable {
    /// One record after the header.
    public struct Row: Sendable, Hashable {
        /// The 1-based line of the file the record starts on.
        public let line: Int
        /// The fields, as many as the record has (which may differ from the header's count).
        public let fields: [String]
    }

    public let source: String
    /// The delimiter found on the header line: `,`, `;` or a tab.
    public let delimiter: Unicode.Scalar
    public let header: [String]
    public let rows: [Row]

    /// The delimiters the header line is searched for; the most frequent outside quotes wins, `,` on a tie.
    private static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// The most rows after the header a file may have unless the caller says otherwise: Excel's own maximum less the header.
    public static let standardMaximumRows = 1_048_575

    /// Reads the CSV file whose bytes are `bytes`, named `source` in diagnostics, with at most `maximumRows` rows after the header.
    public init(bytes: [UInt8], source: String, maximumRows: Int = standardMaximumRows) throws(Diagnostic) {
        var header: [String] = []
        var rows: [Row] = []
        delimiter = try Self.read(bytes: bytes, source: source, maximumRows: maximumRows, header: { header = $0 }, row: { rows.append($0) })
        self.source = source
        self.header = header
        self.rows = rows
    }

    /// Reads the CSV file whose bytes are `bytes` a record at a time, keeping none: the header's
    /// fields go to `header` (empty for a file without records), then each row to `row`. Blank
    /// lines are skipped. Returns the delimiter.
    ///
    /// - Throws: the file's first encoding or syntax error, or more than `maximumRows` rows (the
    ///   rows up to the limit have been given to `row` by then: a caller that throws keeps none).
    public static func read(
        bytes: [UInt8], source: String, maximumRows: Int = standardMaximumRows, header: ([String]) -> Void, row: (Row) -> Void
    ) throws(Diagnostic) -> Unicode.Scalar {
        let text = try CSVText.decode(bytes, source: source)
        let delimiter = detectDelimiter(text)
        var sawHeader = false
        var count = 0
        var firstBeyondLimit: Int?
        try CSVRecordParser(text: text, delimiter: delimiter, source: source).forEachRecord { record in
            guard record.fields != [""] else { return }
            guard sawHeader else {
                sawHeader = true
                header(record.fields)
                return
            }
            count += 1
            if count <= maximumRows {
                row(Row(line: record.line, fields: record.fields))
            } else if firstBeyondLimit == nil {
                firstBeyondLimit = record.line
            }
        }
        if let firstBeyondLimit {
            throw .error(
                SpreadsheetRule.rowLimit, "the file has \(count) rows, more than the \(maximumRows) accepted",
                at: SourceLocation(file: source, line: firstBeyondLimit))
        }
        return Unicode.Scalar(delimiter)
    }

    /// The field of `row` under the header `column`, or `nil` when there is no such column or the row is short.
    public func field(_ row: Row, column: String) -> String? {
        guard let index = header.firstIndex(of: column), row.fields.indices.contains(index) else { return nil }
        return row.fields[index]
    }

    /// Where `column` of `row` is, for a diagnostic: `steps.csv:12 (column "input kg")`.
    public func location(of row: Row, column: String) -> SourceLocation {
        Self.location(source: source, line: row.line, column: column)
    }

    /// Where `column` of the record on `line` of the file `source` is, for a diagnostic.
    public static func location(source: String, line: Int, column: String) -> SourceLocation {
        SourceLocation(file: source, line: line, part: "column \"\(column)\"")
    }

    /// The candidate delimiter that occurs most often outside quotes on the first line.
    private static func detectDelimiter(_ text: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in text {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if !quoted, candidates.contains(byte) { counts[byte, default: 0] += 1 }
        }
        // `max(by:)` keeps the first of equals, so `,` wins a tie (and a line with no delimiter at all).
        return candidates.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? UInt8(ascii: ",")
    }
}
