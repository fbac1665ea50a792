import Rendering
import Testing

/// The PNG image of a QR code: its size, its pixels module by module, its limits.
@Suite struct QRCodePNGTests {
    @Test(arguments: [(1, 0), (1, 4), (3, 4), (8, 2)])
    func headerSizeIsModulesWithQuietZoneTimesScale(scale: Int, quietZone: Int) throws {
        let code = try QRCode(encoding: QRCodeTests.digitalLink)
        let header = try #require(try PNGEncoderTests.chunks(of: code.png(scale: scale, quietZone: quietZone)).first)
        #expect(header.type == "IHDR")
        let side = UInt32((code.size + 2 * quietZone) * scale)
        #expect(PNGEncoderTests.bigEndian(header.data, at: 0) == side)
        #expect(PNGEncoderTests.bigEndian(header.data, at: 4) == side)
    }

    @Test(.enabled(if: PythonPNGReader.isAvailable, "python3 with numpy and zxing-cpp is not installed"))
    func everyPixelShowsItsModule() throws {
        let code = try QRCode(encoding: QRCodeTests.digitalLink)
        let scale = 3, quietZone = 4
        let reading = try PythonPNGReader.read(try code.png(scale: scale, quietZone: quietZone))
        let rows = reading.rows.map { Array($0) }
        #expect(rows.count == (code.size + 2 * quietZone) * scale)
        for (y, row) in rows.enumerated() {
            for (x, pixel) in row.enumerated() {
                let dark = code.isDark(x: x / scale - quietZone, y: y / scale - quietZone)
                if (pixel == "0") != dark {
                    Issue.record("pixel (\(x), \(y)) is \(pixel)")
                    return
                }
            }
        }
    }

    @Test func aScaleTooLargeForAPNGIsRefused() throws {
        let code = try QRCode(encoding: String(repeating: "z", count: 2000))
        let side = (code.size + 8) * 100
        #expect(throws: PNGEncoder.Failure.unsupportedDimensions(width: side, height: side)) { try code.png(scale: 100) }
    }

    @Test func theSameTextGivesTheSameBytes() throws {
        let first = try QRCode(encoding: QRCodeTests.digitalLink).png()
        #expect(try QRCode(encoding: QRCodeTests.digitalLink).png() == first)
        #expect(try QRCode(encoding: QRCodeTests.digitalLink + "2").png() != first)
    }
}
