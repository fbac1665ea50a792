import Rendering
import Testing

/// The PNG writer: file structure, checksums recomputed here, and pixels read back by an outside reader.
@Suite struct PNGEncoderTests {
    /// A PNG file's chunks as this test reads them.
    struct Chunk {
        let type: String
        let data: [UInt8]
        let storedCRC: UInt32
    }

    /// Splits a PNG after its signature into chunks; fails on a truncated file.
    static func chunks(of png: [UInt8]) throws -> [Chunk] {
        var chunks: [Chunk] = []
        var position = 8
        while position < png.count {
            try #require(position + 12 <= png.count, "truncated chunk header")
            let length = Int(bigEndian(png, at: position))
            try #require(position + 12 + length <= png.count, "truncated chunk data")
            let type = String(decoding: png[(position + 4)..<(position + 8)], as: UTF8.self)
            let data = Array(png[(position + 8)..<(position + 8 + length)])
            chunks.append(Chunk(type: type, data: data, storedCRC: bigEndian(png, at: position + 8 + length)))
            position += 12 + length
        }
        return chunks
    }

    static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// CRC-32 as PNG defines it (ISO 3309, reflected polynomial 0xEDB88320), written here bit by bit.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @Test func theTestsCRCMatchesTheStandardCheckValue() {
        #expect(Self.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func structureIsSignatureHeaderDataEnd() throws {
        let png = try PNGEncoder.bilevel(width: 9, height: 3) { x, y in (x + y).isMultiple(of: 2) }
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let chunks = try Self.chunks(of: png)
        #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
        for chunk in chunks {
            #expect(chunk.storedCRC == Self.crc32(Array(chunk.type.utf8) + chunk.data), "CRC of \(chunk.type)")
        }
        // Width 9, height 3, bit depth 1, greyscale, deflate, filter method 0, no interlace.
        #expect(chunks[0].data == [0, 0, 0, 9, 0, 0, 0, 3, 1, 0, 0, 0, 0])
        #expect(chunks[2].data.isEmpty)
        #expect(chunks[2].storedCRC == 0xAE42_6082)
        // A zlib stream: CM 8 (deflate) and a header check that makes the first two bytes a multiple of 31.
        #expect(chunks[1].data[0] & 0x0F == 8)
        #expect((UInt16(chunks[1].data[0]) << 8 | UInt16(chunks[1].data[1])).isMultiple(of: 31))
    }

    @Test(.enabled(if: PythonPNGReader.isAvailable, "python3 with numpy and zxing-cpp is not installed"))
    func pixelsReadBackByAnOutsideReader() throws {
        // Widths around a byte boundary exercise the padding of the last byte of each row.
        for width in [1, 7, 8, 9, 17] {
            let png = try PNGEncoder.bilevel(width: width, height: 4) { x, y in (x * 3 + y) % 5 < 2 }
            let reading = try PythonPNGReader.read(png)
            #expect(reading.width == width && reading.height == 4)
            #expect(reading.crcsMatch)
            let expected = (0..<4).map { y in String((0..<width).map { x in (x * 3 + y) % 5 < 2 ? "0" : "1" }) }
            #expect(reading.rows == expected, "width \(width)")
        }
    }

    @Test(.enabled(if: PythonPNGReader.isAvailable, "python3 with numpy and zxing-cpp is not installed"))
    func eachCellBecomesAScaleByScaleBlock() throws {
        let png = try PNGEncoder.bilevel(width: 3, height: 2, scale: 3) { x, y in x == y || x == 2 }
        let reading = try PythonPNGReader.read(png)
        #expect(reading.width == 9 && reading.height == 6)
        let top = "000111000", bottom = "111000000"
        #expect(reading.rows == [top, top, top, bottom, bottom, bottom])
        // Scales whose blocks cross byte boundaries at every offset, rows of 7 cells.
        for scale in [2, 5, 8, 11] {
            let png = try PNGEncoder.bilevel(width: 7, height: 3, scale: scale) { x, y in (x + 2 * y) % 3 == 0 }
            let reading = try PythonPNGReader.read(png)
            #expect(reading.width == 7 * scale && reading.height == 3 * scale)
            let expected = (0..<3 * scale).map { y in
                String((0..<7 * scale).map { x in (x / scale + 2 * (y / scale)) % 3 == 0 ? "0" : "1" })
            }
            #expect(reading.rows == expected, "scale \(scale)")
        }
    }

    @Test(arguments: [
        (0, 1, 1, 0, 1), (1, 0, 1, 1, 0), (-3, 5, 1, -3, 5),
        (PNGEncoder.maximumSide + 1, 1, 1, PNGEncoder.maximumSide + 1, 1),
        (1, PNGEncoder.maximumSide + 1, 1, 1, PNGEncoder.maximumSide + 1),
        (2049, 10, 8, 16_392, 80), (10, 10, Int.max, Int.max, Int.max),
    ])
    func unsupportedDimensionsAreRefusedInPixels(width: Int, height: Int, scale: Int, pixelWidth: Int, pixelHeight: Int) {
        #expect(throws: PNGEncoder.Failure.unsupportedDimensions(width: pixelWidth, height: pixelHeight)) {
            try PNGEncoder.bilevel(width: width, height: height, scale: scale) { _, _ in true }
        }
    }

    @Test func theSameImageGivesTheSameBytes() throws {
        let first = try PNGEncoder.bilevel(width: 40, height: 40) { x, y in x * y % 7 == 0 }
        #expect(try PNGEncoder.bilevel(width: 40, height: 40) { x, y in x * y % 7 == 0 } == first)
    }
}
