import Testing

@testable import Spooling

/// A record's parts are written in the byte forms ``RecordWriter`` declares (checked against
/// LEB128 and zigzag worked out by hand) and read back in the same order.
struct RecordCodingTests {
    /// The bytes `write` gives on a fresh writer.
    static func bytes(_ write: (inout RecordWriter) -> Void) -> [UInt8] {
        var writer = RecordWriter()
        write(&writer)
        return writer.bytes
    }

    static let unsignedForms: [(UInt64, [UInt8])] = [
        (0, [0x00]), (127, [0x7F]), (128, [0x80, 0x01]), (300, [0xAC, 0x02]), (16_384, [0x80, 0x80, 0x01]),
        (UInt64.max, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
    ]

    @Test(arguments: unsignedForms)
    func unsignedNumbersAreLEB128(value: UInt64, expected: [UInt8]) {
        let bytes = Self.bytes { $0.unsigned(value) }
        #expect(bytes == expected)
        bytes.withUnsafeBytes { buffer in
            var reader = RecordReader(bytes: buffer)
            #expect(reader.unsigned() == value)
            #expect(reader.isAtEnd)
        }
    }

    /// Zigzag: 0 → 0, −1 → 1, 1 → 2, −2 → 3, then LEB128.
    static let signedForms: [(Int64, [UInt8])] = [
        (0, [0]), (-1, [1]), (1, [2]), (-2, [3]), (-65, [0x81, 0x01]), (Int64.min, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
    ]

    @Test(arguments: signedForms)
    func signedNumbersAreZigzagEncoded(value: Int64, expected: [UInt8]) {
        let bytes = Self.bytes { $0.signed(value) }
        #expect(bytes == expected)
        bytes.withUnsafeBytes { buffer in
            var reader = RecordReader(bytes: buffer)
            #expect(reader.signed() == value)
        }
    }

    /// A string is its UTF-8 length, then its bytes; an optional one its length plus one, 0 when
    /// absent, so that an empty string and none differ.
    @Test func stringsAndOptionalStringsKeepTheirBytesAndAbsence() {
        let bytes = Self.bytes { writer in
            writer.string("Ноолуур")
            writer.optionalString(nil)
            writer.optionalString("")
            writer.optionalString("a")
            writer.strings(["", "x/y", "é"])
            writer.byte(0xFE)
        }
        let cyrillic = Array("Ноолуур".utf8)
        #expect(bytes == [UInt8(cyrillic.count)] + cyrillic + [0, 1, 2, 0x61, 3, 0, 3] + Array("x/y".utf8) + [2, 0xC3, 0xA9, 0xFE])
        bytes.withUnsafeBytes { buffer in
            var reader = RecordReader(bytes: buffer)
            #expect(reader.string() == "Ноолуур")
            #expect(reader.optionalString() == nil)
            #expect(reader.optionalString() == "")
            #expect(reader.optionalString() == "a")
            #expect(reader.strings() == ["", "x/y", "é"])
            #expect(reader.byte() == 0xFE)
            #expect(reader.isAtEnd)
        }
    }

    /// Parts read as bytes or skipped leave the reader where the next part starts.
    @Test func stringsReadAsBytesOrSkippedKeepTheReaderInStep() {
        let bytes = Self.bytes { writer in
            writer.string("first")
            writer.optionalString("second")
            writer.optionalString(nil)
            writer.string("third")
            writer.optionalString("fourth")
            writer.unsigned(999)
        }
        bytes.withUnsafeBytes { buffer in
            var reader = RecordReader(bytes: buffer)
            #expect(Array(reader.stringBytes()) == Array("first".utf8))
            #expect(reader.optionalBytes().map(Array.init) == Array("second".utf8))
            #expect(reader.optionalBytes() == nil)
            reader.skipString()
            reader.skipOptionalString()
            #expect(reader.unsigned() == 999)
            #expect(reader.isAtEnd)
        }
    }
}
