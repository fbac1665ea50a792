import Diagnostics

/// A CSV file's text read a piece at a time, never held whole: the encoding found from its
/// first bytes, then each piece checked as UTF-8 up to its last line break (so that no character
/// is cut), and the text read so far forgotten as its records are read. A UTF-16 file, which
/// spreadsheet programs write only on request, is read and decoded whole.
struct CSVPieceReader {
    private let source: String
    private let pieceSize: Int
    /// The text not yet read as records, then bytes read but not yet checked.
    private var buffer: [UInt8] = []
    /// How many bytes at the start of `buffer` are checked text.
    private var checked = 0
    /// Where the search for a line break after `checked` ended: `buffer[checked..<searched]` has
    /// none, so that a long stretch without one is searched once, not again with every piece.
    private var searched = 0
    /// The line feeds in the file before `buffer[checked]`, for locating invalid text.
    private var lineFeedsBeforeUnchecked = 0
    private var encoding: CSVText.Encoding?
    /// Whether the file has been read to its end.
    private var isAtEnd = false

    /// A reader of the file `source`, asking for `pieceSize` bytes at a time.
    init(source: String, pieceSize: Int) {
        self.source = source
        self.pieceSize = pieceSize
    }

    /// Whether every byte of the file is checked text: the text given by ``withText(_:)`` is the rest of the file.
    var isComplete: Bool { isAtEnd && checked == buffer.count }

    /// How many bytes of checked text are not yet read as records.
    var checkedCount: Int { checked }

    /// Reads pieces with `nextPiece` (which fills the buffer it is given and says how many bytes
    /// it put there, 0 at the end of the file) until more than `count` bytes of checked text are
    /// held, or the file ends.
    ///
    /// A record is read again from its beginning each time it is not yet whole: asking for twice
    /// the text of an unfinished record keeps the reading of a long one proportional to its length.
    ///
    /// - Throws: `nextPiece`'s errors, invalid text, and `INPUT-TOO-LARGE` (at `line`, where the
    ///   record begins) when more than `limit` bytes would be held.
    mutating func readMore(
        from nextPiece: (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int, beyond count: Int, limit: Int, line: Int
    ) throws(Diagnostic) {
        while !isAtEnd && checked <= count {
            guard buffer.count <= limit else {
                throw .error(
                    InputRule.tooLarge, "the record beginning here is larger than the limit of \(InputRule.describe(limit: limit))",
                    at: SourceLocation(file: source, line: line))
            }
            try readPiece(from: nextPiece)
            guard let encoding = try decidedEncoding(from: nextPiece) else { continue }
            guard case .utf8 = encoding else { return }
            try checkNewText()
        }
    }

    /// Calls `body` with the checked text not yet read as records.
    func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> Result) throws(Diagnostic) -> Result {
        try buffer.withUnsafeBufferPointer { all throws(Diagnostic) in try body(UnsafeBufferPointer(rebasing: all[..<checked])) }
    }

    /// Forgets the first `count` bytes of the text: records read.
    mutating func drop(_ count: Int) {
        buffer.removeFirst(count)
        checked -= count
        searched = max(searched - count, checked)
    }

    /// Appends the file's next bytes to `buffer`.
    private mutating func readPiece(from nextPiece: (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int) throws(Diagnostic) {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: pieceSize))
        var failure: Diagnostic?
        let count = buffer.withUnsafeMutableBytes { all in
            do throws(Diagnostic) {
                return try nextPiece(UnsafeMutableRawBufferPointer(rebasing: all[start...]))
            } catch {
                failure = error
                return 0
            }
        }
        buffer.removeLast(pieceSize - count)
        if let failure { throw failure }
        if count == 0 { isAtEnd = true }
    }

    /// The file's encoding once its first three bytes (or all it has) are read: a UTF-8
    /// byte-order mark is dropped, a UTF-16 file read to its end and decoded.
    private mutating func decidedEncoding(
        from nextPiece: (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int
    ) throws(Diagnostic) -> CSVText.Encoding? {
        if let encoding { return encoding }
        guard buffer.count >= 3 || isAtEnd else { return nil }
        let found = CSVText.encoding(of: buffer.prefix(3))
        encoding = found
        switch found {
        case .utf8(let markLength):
            buffer.removeFirst(markLength)
        case .utf16(let littleEndian):
            while !isAtEnd { try readPiece(from: nextPiece) }
            buffer = try CSVText.decodeUTF16(buffer.dropFirst(2), littleEndian: littleEndian, source: source)
            checked = buffer.count
        }
        return found
    }

    /// Checks the bytes read since the last check up to their last line break (to the end at
    /// the end of the file), which no character spans; a NUL byte is refused as soon as it is read.
    private mutating func checkNewText() throws(Diagnostic) {
        let new = buffer[max(checked, searched)...]
        if let zero = new.firstIndex(of: 0) {
            // RFC 4180's text has no control characters: a NUL is a binary file, or UTF-16 without its mark.
            throw .error(
                SpreadsheetRule.csvEncoding,
                "the file holds a NUL byte: it is not text (a binary file, or UTF-16 saved without a byte-order mark); save it as CSV in UTF-8",
                at: SourceLocation(file: source, line: lineFeedsBeforeUnchecked + 1 + buffer[checked..<zero].count { $0 == UInt8(ascii: "\n") }))
        }
        let lineBreak = new.lastIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        searched = buffer.count
        let end = isAtEnd ? buffer.count : lineBreak.map { $0 + 1 } ?? checked
        guard end > checked else { return }
        try buffer.withUnsafeBufferPointer { all throws(Diagnostic) in
            let text = UnsafeBufferPointer(rebasing: all[checked..<end])
            try CSVText.checkUTF8(text, firstLine: lineFeedsBeforeUnchecked + 1, source: source)
            lineFeedsBeforeUnchecked += text.count { $0 == UInt8(ascii: "\n") }
        }
        checked = end
    }
}
