import Foundation
import Rendering
import Testing

/// The outside tools the rendering tests check images with, run as child processes.
enum OutsideTools {
    /// The full path of `program` on the `PATH`, or `nil` when it is not installed.
    static func path(of program: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let hasZBar = path(of: "zbarimg") != nil
    static let hasRSVG = path(of: "rsvg-convert") != nil
    static let hasPython = path(of: "python3") != nil
    /// Python 3 with numpy and zxing-cpp, for the second decoder and the independent PNG reader.
    static let hasPythonReader: Bool = {
        guard path(of: "python3") != nil else { return false }
        return (try? run("python3", ["-c", "import numpy, zxingcpp"]).status) == 0
    }()

    /// What a tool printed and how it ended.
    struct Output {
        let status: Int32
        let stdout: Data
        let stderr: String
    }

    /// Runs `program arguments` and waits for it.
    static func run(_ program: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(of: program) ?? program)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qr-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `bytes` to `name` in a fresh temporary folder and returns the file.
    static func write(_ bytes: [UInt8], named name: String) throws -> URL {
        let file = try temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    /// Whether `decoded` is exactly the UTF-8 of `text`, byte for byte (String equality would
    /// accept a different Unicode normalisation).
    static func same(_ decoded: [UInt8]?, as text: String) -> Bool { decoded == Array(text.utf8) }

    /// What a decoder read, for failure messages.
    static func shown(_ decoded: [UInt8]?) -> String { decoded.map { String(decoding: $0, as: UTF8.self) } ?? "nothing" }

    /// The bytes `zbarimg` decodes from the image file, without the trailing newline it adds.
    static func zbarDecode(_ image: URL) throws -> [UInt8]? {
        let output = try run("zbarimg", ["--raw", "-q", "--nodbus", image.path])
        guard output.status == 0 else { return nil }
        var bytes = [UInt8](output.stdout)
        if bytes.last == 0x0A { bytes.removeLast() }
        return bytes
    }

    /// The image read by a PNG reader written in Python (zlib and numpy only), decoded by zxing-cpp.
    struct PythonReading: Decodable {
        let width: Int
        let height: Int
        /// One string of `0` (black) and `1` (white) per row.
        let rows: [String]
        /// The decoded bytes in hexadecimal, `nil` when zxing-cpp found no code.
        let zxingHex: String?
        /// Every chunk's CRC checked by Python's `zlib.crc32`.
        let crcsMatch: Bool

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

    /// Reads a 1-bit or 8-bit greyscale, filter-0 PNG independently of the code under test.
    static func pythonRead(_ image: URL) throws -> PythonReading {
        let output = try run("python3", ["-c", pythonPNGReader, image.path])
        guard output.status == 0 else { throw ToolFailure(message: output.stderr) }
        return try JSONDecoder().decode(PythonReading.self, from: output.stdout)
    }

    struct ToolFailure: Error { let message: String }

    private static let pythonPNGReader = #"""
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

/// Every generated image decodes, with outside decoders, to exactly the text it was made from.
@Suite struct QRDecodingTests {
    static let texts = [
        "https://id.gs1.org/01/09521234000013/10/LOT-2026-001",
        "https://passports.example.com/01/09521234000013/10/LOT 2026%2F001?lang=mn mn&x=Case",
        "https://passports.example.com/01/09521234000013/10/" + String(repeating: "LOT-2026-0042-", count: 18) + "END",
        "Ноолуур 100 % — Gobi cashmere, Өвөрхангай аймаг 🐐",
        "MixedCase lower UPPER 0123456789 <script>&amp;",
    ]

    @Test func theLongTextIsAboutThreeHundredCharacters() {
        #expect((290...320).contains(Self.texts[2].count))
    }

    @Test(.enabled(if: OutsideTools.hasZBar, "zbarimg is not installed (Debian package zbar-tools)"), arguments: texts)
    func pngDecodesWithZBar(text: String) throws {
        let code = try QRCode(encoding: text)
        let file = try OutsideTools.write(try code.png(scale: 4), named: "qr.png")
        let decoded = try OutsideTools.zbarDecode(file)
        #expect(OutsideTools.same(decoded, as: text), "zbarimg read \(OutsideTools.shown(decoded))")
    }

    @Test(.enabled(if: OutsideTools.hasPythonReader, "python3 with numpy and zxing-cpp is not installed"), arguments: texts)
    func pngDecodesWithZXing(text: String) throws {
        let code = try QRCode(encoding: text)
        let reading = try OutsideTools.pythonRead(try OutsideTools.write(try code.png(scale: 3), named: "qr.png"))
        #expect(reading.crcsMatch)
        #expect(OutsideTools.same(reading.zxingBytes, as: text), "zxing-cpp read \(OutsideTools.shown(reading.zxingBytes))")
    }

    @Test(.enabled(if: OutsideTools.hasZBar, "zbarimg is not installed (Debian package zbar-tools)"), arguments: QRErrorCorrection.allCases)
    func everyErrorCorrectionLevelDecodes(level: QRErrorCorrection) throws {
        let text = Self.texts[0]
        let code = try QRCode(encoding: text, errorCorrection: level)
        let decoded = try OutsideTools.zbarDecode(try OutsideTools.write(try code.png(scale: 4), named: "qr.png"))
        #expect(OutsideTools.same(decoded, as: text), "zbarimg read \(OutsideTools.shown(decoded))")
    }

    @Test(.enabled(if: OutsideTools.hasZBar, "zbarimg is not installed (Debian package zbar-tools)"))
    func largestSymbolDecodes() throws {
        let text = String(repeating: "0123456789abcdef", count: 200).prefix(QRErrorCorrection.low.byteCapacity)
        let code = try QRCode(encoding: String(text), errorCorrection: .low)
        #expect(code.version == 40)
        let decoded = try OutsideTools.zbarDecode(try OutsideTools.write(try code.png(scale: 3), named: "qr.png"))
        #expect(OutsideTools.same(decoded, as: String(text)), "zbarimg read \(OutsideTools.shown(decoded).prefix(80))...")
    }

    @Test(
        .enabled(if: OutsideTools.hasZBar && OutsideTools.hasRSVG, "rsvg-convert (Debian package librsvg2-bin) or zbarimg (zbar-tools) is not installed"),
        arguments: texts
    )
    func svgRasterisedByRSVGDecodes(text: String) throws {
        let code = try QRCode(encoding: text)
        let svg = try OutsideTools.write(Array(code.svg(moduleSize: 4).utf8), named: "qr.svg")
        let png = svg.deletingLastPathComponent().appendingPathComponent("qr.png")
        let conversion = try OutsideTools.run("rsvg-convert", ["--background-color=white", "-o", png.path, svg.path])
        #expect(conversion.status == 0, "rsvg-convert: \(conversion.stderr)")
        let decoded = try OutsideTools.zbarDecode(png)
        #expect(OutsideTools.same(decoded, as: text), "zbarimg read \(OutsideTools.shown(decoded))")
    }
}
