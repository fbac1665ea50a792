import Diagnostics
import Spreadsheets
import Testing

/// A CSV file read a piece at a time reads as it does whole, however small the pieces: records,
/// quoted line breaks, line endings and characters cut between pieces, and errors at their line.
struct CSVPieceTests {
    /// What a reading gave: the delimiter, header and rows (with their lines), or the error.
    struct Reading: Equatable {
        var delimiter: Unicode.Scalar?
        var header: [String] = []
        var rows: [CSVTable.Row] = []
        var error: Diagnostic?
    }

    static func read(_ bytes: [UInt8], pieceSize: Int = CSVTable.defaultPieceSize, maximumRecordSize: Int = CSVTable.standardMaximumRecordSize)
        -> Reading
    {
        var reading = Reading()
        do throws(Diagnostic) {
            reading.delimiter = try CSVTable.read(
                source: "s.csv", pieceSize: pieceSize, maximumRecordSize: maximumRecordSize, nextPiece: CSVTable.pieces(of: bytes),
                header: { reading.header = $0 }, row: { reading.rows.append($0) })
        } catch {
            // The rows before an error have been given; a caller that is thrown to keeps none.
            return Reading(error: error)
        }
        return reading
    }

    static let texts: [String] = [
        // A byte-order mark, `;`, CRLF, a quoted field with a CRLF and doubled quotes inside, a blank line.
        "\u{FEFF}lot;step;note\r\nL-1;дахих;\"two\r\nlines, \"\"quoted\"\"\"\r\n\r\nL-2;ээрэх;\"\"\r\n",
        // CR alone ends lines; a last record without a line break; Mongolian and an emoji cut anywhere.
        "lot,step\rL-1,самнах 🐐\rL-2,\"a\rb\"\rL-3,x",
        // A header longer than a small piece, quotes in its fields, tabs.
        "\"first column\"\t\"second, still\"\tthird\nа\tб\tв\n",
        // Broken: a quote never closed, an invalid byte on line 4, text after a closing quote.
        "a,b\n1,\"open\n2,3\n",
        "a,b\n1,2\n3,4\n5,\u{FFFD}\n",
        "a,b\n1,2\n\"x\"y,2\n",
        // A NUL byte on line 3 (a binary file, or UTF-16 without its mark).
        "a,b\n1,2\n3,\u{0}4\n",
        // A line far longer than the small pieces, then short ones: its line break is found once it is read.
        "a,b\n" + String(repeating: "x", count: 300) + ",y\r\nz,\"w\nv\"\n",
    ]

    /// Every text, as bytes (the fifth with its replacement character turned into an invalid byte).
    static var files: [[UInt8]] {
        texts.enumerated().map { index, text in
            index == 4 ? Array(text.utf8).map { $0 == 0xEF ? 0xFF : $0 } : Array(text.utf8)
        }
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func piecesOfAnySizeReadAsTheWholeFile(pieceSize: Int) {
        for file in Self.files {
            #expect(Self.read(file, pieceSize: pieceSize) == Self.read(file), "\(String(decoding: file, as: UTF8.self).debugDescription)")
        }
    }

    /// The whole readings, checked by hand against RFC 4180.
    @Test func theWholeReadingsAreRight() throws {
        let files = Self.files
        let first = Self.read(files[0])
        #expect(first.delimiter == ";" && first.header == ["lot", "step", "note"])
        #expect(first.rows.map(\.fields) == [["L-1", "дахих", "two\r\nlines, \"quoted\""], ["L-2", "ээрэх", ""]])
        #expect(first.rows.map(\.line) == [2, 5])
        let second = Self.read(files[1])
        #expect(second.rows.map(\.fields) == [["L-1", "самнах 🐐"], ["L-2", "a\rb"], ["L-3", "x"]])
        #expect(second.rows.map(\.line) == [2, 3, 5])
        let third = Self.read(files[2])
        #expect(third.delimiter == "\t" && third.header == ["first column", "second, still", "third"])
        #expect(third.rows.map(\.fields) == [["а", "б", "в"]])
        #expect(Self.read(files[3]).error.map { [$0.ruleID, "\($0.location.line ?? 0)"] } == ["CSV-MALFORMED", "2"])
        #expect(Self.read(files[4]).error.map { [$0.ruleID, "\($0.location.line ?? 0)"] } == ["CSV-ENCODING", "4"])
        #expect(Self.read(files[5]).error.map { [$0.ruleID, "\($0.location.line ?? 0)"] } == ["CSV-MALFORMED", "3"])
        #expect(Self.read(files[6]).error.map { [$0.ruleID, "\($0.location.line ?? 0)"] } == ["CSV-ENCODING", "3"])
        #expect(Self.read(files[6]).error?.message.contains("NUL byte") == true)
        let seventh = Self.read(files[7])
        #expect(seventh.rows.map(\.fields) == [[String(repeating: "x", count: 300), "y"], ["z", "w\nv"]])
        #expect(seventh.rows.map(\.line) == [2, 3])
    }

    /// A UTF-16 file (Excel's "Unicode text") is decoded whole, whatever the pieces.
    @Test func aUTF16FileIsReadWhole() {
        let text = "lot\tstep\nL-1\tсамнах\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for pieceSize in [1, 3, 1 << 20] {
            let reading = Self.read(bytes, pieceSize: pieceSize)
            #expect(reading.delimiter == "\t" && reading.rows.map(\.fields) == [["L-1", "самнах"]])
        }
    }

    /// A record that grows past the limit (here a quote never closed) is refused at its first line.
    @Test func aRecordLargerThanTheLimitIsRefused() {
        let bytes = Array(("a,b\n1,2\n3,\"" + String(repeating: "x", count: 100)).utf8)
        let reading = Self.read(bytes, pieceSize: 4, maximumRecordSize: 32)
        #expect(reading.error?.ruleID == "INPUT-TOO-LARGE")
        #expect(reading.error?.location.line == 3)
        // Within the limit, the same file is the unclosed quote it is.
        #expect(Self.read(bytes, pieceSize: 4).error?.ruleID == "CSV-MALFORMED")
    }
}
