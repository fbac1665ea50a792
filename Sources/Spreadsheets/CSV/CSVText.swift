import Diagnostics

/// The text of a CSV file as validated UTF-8, decoded from what spreadsheet programs write:
/// UTF-8 with or without a byte-order mark, or UTF-16 (little- or big-endian) with one, as
/// Excel's "Unicode text" export writes it. Kept as bytes (a scalar a character would take four
/// times the memory of a file that is mostly ASCII): the delimiters, quotes and line breaks a
/// parser looks for are ASCII, which UTF-8 never uses inside another character.
enum CSVText {
    /// The UTF-8 bytes of `bytes` without a byte-order mark; invalid UTF-8 or UTF-16 is thrown
    /// located at its line.
    static func decode(_ bytes: [UInt8], source: String) throws(Diagnostic) -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes.dropFirst(2), littleEndian: true, source: source) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes.dropFirst(2), littleEndian: false, source: source) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if String(validating: body, as: UTF8.self) != nil { return Array(body) }
        // Invalid somewhere: decoded again to say on which line.
        return try transcoded(body.makeIterator(), codec: UTF8(), encoding: "UTF-8", source: source)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, source: String) throws(Diagnostic) -> [UInt8] {
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
        return try transcoded(units.makeIterator(), codec: UTF16(), encoding: "UTF-16", source: source)
    }

    /// Decodes every code unit of `units` with `codec` into UTF-8, counting lines so that an
    /// invalid sequence is located.
    private static func transcoded<Codec: UnicodeCodec, Units: IteratorProtocol>(
        _ units: Units, codec: Codec, encoding: String, source: String
    ) throws(Diagnostic) -> [UInt8] where Units.Element == Codec.CodeUnit {
        var iterator = units
        var decoder = codec
        var bytes: [UInt8] = []
        var line = 1
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
