import Diagnostics

/// The text of a CSV file as validated UTF-8, from what spreadsheet programs write: UTF-8 with
/// or without a byte-order mark, or UTF-16 (little- or big-endian) with one, as Excel's "Unicode
/// text" export writes it. Kept as bytes (a scalar a character would take four times the memory
/// of a file that is mostly ASCII): the delimiters, quotes and line breaks a parser looks for are
/// ASCII, which UTF-8 never uses inside another character.
enum CSVText {
    /// What a file's first bytes say its text is.
    enum Encoding: Equatable {
        /// UTF-8, after a byte-order mark of `markLength` bytes (0 without one).
        case utf8(markLength: Int)
        /// UTF-16 after its byte-order mark.
        case utf16(littleEndian: Bool)
    }

    /// The encoding the first bytes of a file (at least three, or all it has) say.
    static func encoding(of start: some Collection<UInt8>) -> Encoding {
        if start.starts(with: [0xFF, 0xFE]) { return .utf16(littleEndian: true) }
        if start.starts(with: [0xFE, 0xFF]) { return .utf16(littleEndian: false) }
        return .utf8(markLength: start.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
    }

    /// Throws, located at its line, the first invalid UTF-8 in `bytes`, which begin on line
    /// `firstLine` of the file (lines counted by line feeds).
    static func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, source: String) throws(Diagnostic) {
        if String(validating: bytes, as: UTF8.self) != nil { return }
        // Invalid somewhere: decoded again to say on which line.
        _ = try transcoded(bytes.makeIterator(), codec: UTF8(), encoding: "UTF-8", firstLine: firstLine, source: source)
    }

    /// The UTF-8 text of the UTF-16 code units in `bytes` (after the byte-order mark); invalid
    /// UTF-16 is thrown located at its line.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, source: String) throws(Diagnostic) -> [UInt8] {
        guard bytes.count % 2 == 0 else {
            throw .error(
                SpreadsheetRule.csvEncoding, "the file has a UTF-16 byte-order mark but an odd number of bytes", at: SourceLocation(file: source))
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? second << 8 | first : first << 8 | second)
            index += 2
        }
        return try transcoded(units.makeIterator(), codec: UTF16(), encoding: "UTF-16", firstLine: 1, source: source)
    }

    /// Decodes every code unit of `units` with `codec` into UTF-8, counting lines from
    /// `firstLine` so that an invalid sequence is located.
    private static func transcoded<Codec: UnicodeCodec, Units: IteratorProtocol>(
        _ units: Units, codec: Codec, encoding: String, firstLine: Int, source: String
    ) throws(Diagnostic) -> [UInt8] where Units.Element == Codec.CodeUnit {
        var iterator = units
        var decoder = codec
        var bytes: [UInt8] = []
        var line = firstLine
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                UTF8.encode(scalar) { bytes.append($0) }
            case .emptyInput: return bytes
            case .error:
                throw .error(
                    SpreadsheetRule.csvEncoding,
                    "the file is not valid \(encoding) here; save it as \"CSV UTF-8\" (or \"Unicode text\")",
                    at: SourceLocation(file: source, line: line))
            }
        }
    }
}
