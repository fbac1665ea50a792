import Foundation
import TestSupport

/// A PNG reader written in Python (zlib and numpy only), independent of the code under test,
/// with zxing-cpp decoding the image it reads.
enum PythonPNGReader {
    /// Whether python3 with numpy and zxing-cpp is installed.
    static let isAvailable: Bool = (try? OutsideTool.run("python3", ["-c", "import numpy, zxingcpp"]).status) == 0

    /// What the reader saw in an image.
    struct Reading: Decodable {
        let width: Int
        let height: Int
        /// One string of `0` (black) and `1` (white) per row.
        let rows: [String]
        /// The decoded bytes in hexadecimal, `nil` when zxing-cpp found no code.
        let zxingHex: String?
        /// Every chunk's CRC checked by Python's `zlib.crc32`.
        let crcsMatch: Bool

        /// The bytes zxing-cpp decoded, `nil` when it found no code.
        var zxingBytes: [UInt8]? {
            guard let hex = zxingHex else { return nil }
            var bytes: [UInt8] = []
            var index = hex.startIndex
            while index < hex.endIndex {
                let next = hex.index(index, offsetBy: 2)
                bytes.append(UInt8(hex[index..<next], radix: 16)!)
                index = next
            }
            return bytes
        }
    }

    /// The reader failed; `message` is Python's standard error.
    struct Failure: Error {
        let message: String
    }

    /// Reads a 1-bit or 8-bit greyscale, filter-0 PNG.
    static func read(_ png: [UInt8]) throws -> Reading {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try OutsideTool.run("python3", ["-c", script, try folder.write("image.png", bytes: png)])
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return try JSONDecoder().decode(Reading.self, from: result.standardOutput)
    }

    private static let script = #"""
        import json, struct, sys, zlib
        import numpy, zxingcpp
        data = open(sys.argv[1], "rb").read()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", "signature"
        pos, idat, crcs_match, header = 8, b"", True, None
        while pos < len(data):
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            crc, = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
            crcs_match = crcs_match and crc == zlib.crc32(kind + body)
            if kind == b"IHDR": header = struct.unpack(">IIBBBBB", body)
            if kind == b"IDAT": idat += body
            pos += 12 + length
        width, height, depth, colour, _, _, _ = header
        assert colour == 0 and depth in (1, 8), "greyscale 1 or 8 bit"
        raw = zlib.decompress(idat)
        stride = (width * depth + 7) // 8
        assert len(raw) == height * (stride + 1), "scanline length"
        pixels = numpy.zeros((height, width), dtype=numpy.uint8)
        for y in range(height):
            line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
            assert line[0] == 0, "filter type 0"
            for x in range(width):
                if depth == 1:
                    pixels[y, x] = 255 if line[1 + x // 8] >> (7 - x % 8) & 1 else 0
                else:
                    pixels[y, x] = line[1 + x]
        found = zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)
        rows = ["".join("1" if v else "0" for v in row) for row in pixels]
        print(json.dumps({"width": width, "height": height, "rows": rows, "crcsMatch": crcs_match,
                          "zxingHex": found[0].bytes.hex() if found else None}))
        """#
}
