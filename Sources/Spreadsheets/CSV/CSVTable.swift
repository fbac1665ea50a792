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
        try read(
            source: source, maximumRows: maximumRows, pieceSize: pieceSize(forSize: bytes.count), nextPiece: pieces(of: bytes),
            header: header, row: row)
    }

    /// The piece size for a file of `size` bytes: the default, or less for a smaller file (its
    /// bytes and the end in two pieces), which then takes no mebibyte of buffer.
    public static func pieceSize(forSize size: Int) -> Int { min(defaultPieceSize, size + 1) }

    /// A `nextPiece` for ``read(source:maximumRows:pieceSize:nextPiece:header:row:)`` that gives
    /// `bytes` from the first, as much as each buffer takes.
    public static func pieces(of bytes: [UInt8]) -> (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int {
        var offset = 0
        return { buffer in
            let count = min(buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { all in buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[offset..<offset + count])) }
            offset += count
            return count
        }
    }

    /// How many bytes a file is read at a time.
    public static let defaultPieceSize = 1 << 20

    /// The largest record read unless the caller says otherwise, from its first byte to its last:
    /// a file with a longer one (most often a quote never closed) is refused rather than held whole.
    public static let standardMaximumRecordSize = 512 << 20

    /// Reads a CSV file given a piece at a time by `nextPiece` (which fills the buffer it is
    /// given, `pieceSize` bytes, and says how many bytes it put there, 0 at the end of the file),
    /// a record at a time, holding only the record being read and one piece: as
    /// ``read(bytes:source:maximumRows:header:row:)`` reads, whatever the file's size.
    ///
    /// - Throws: what the bytes' reading throws, and also `nextPiece`'s errors and a record
    ///   larger than `maximumRecordSize` (`INPUT-TOO-LARGE`, at the line the record begins on).
    public static func read(
        source: String, maximumRows: Int = standardMaximumRows, pieceSize: Int = defaultPieceSize,
        maximumRecordSize: Int = standardMaximumRecordSize,
        nextPiece: (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int, header: ([String]) -> Void, row: (Row) -> Void
    ) throws(Diagnostic) -> Unicode.Scalar {
        var pieces = CSVPieceReader(source: source, pieceSize: max(pieceSize, 1))
        var delimiter: UInt8?
        var line = 1
        var sawHeader = false
        var count = 0
        var firstBeyondLimit: Int?
        while true {
            try pieces.readMore(from: nextPiece, beyond: 2 * pieces.checkedCount, limit: maximumRecordSize, line: line)
            let isComplete = pieces.isComplete
            let progress = try pieces.withText { text throws(Diagnostic) -> CSVRecordParser.Progress? in
                if delimiter == nil { delimiter = detectDelimiter(text, isComplete: isComplete) }
                guard let delimiter else { return nil }
                return try CSVRecordParser(delimiter: delimiter, source: source).forEachRecord(in: text, line: line, isLast: isComplete) { record in
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
            }
            if let progress {
                pieces.drop(progress.consumed)
                line = progress.line
            }
            if isComplete { break }
        }
        if let firstBeyondLimit {
            throw .error(
                SpreadsheetRule.rowLimit, "the file has \(count) rows, more than the \(maximumRows) accepted",
                at: SourceLocation(file: source, line: firstBeyondLimit))
        }
        return Unicode.Scalar(delimiter ?? UInt8(ascii: ","))
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
        SourceLocation(file: source, line: line, part: DiagnosticExcerpt.column(column))
    }

    /// The candidate delimiter that occurs most often outside quotes on the first line of
    /// `text`; `nil` when the text ends before that line does and is not the whole file (`isComplete`).
    private static func detectDelimiter(_ text: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> UInt8? {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        var lineEnded = false
        for byte in text {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lineEnded = true
                break
            }
            if !quoted, candidates.contains(byte) { counts[byte, default: 0] += 1 }
        }
        guard lineEnded || isComplete else { return nil }
        // `max(by:)` keeps the first of equals, so `,` wins a tie (and a line with no delimiter at all).
        return candidates.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? UInt8(ascii: ",")
    }
}
