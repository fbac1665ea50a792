import Foundation
import Rendering
import TestSupport
import Testing

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

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"), arguments: texts)
    func pngDecodesWithZBar(text: String) throws {
        let code = try QRCode(encoding: text)
        let decoded = try Self.zbarDecode(png: try code.png(scale: 4))
        #expect(Self.same(decoded, as: text), "zbarimg read \(Self.shown(decoded))")
    }

    @Test(.enabled(if: PythonPNGReader.isAvailable, "python3 with numpy and zxing-cpp is not installed"), arguments: texts)
    func pngDecodesWithZXing(text: String) throws {
        let code = try QRCode(encoding: text)
        let reading = try PythonPNGReader.read(try code.png(scale: 3))
        #expect(reading.crcsMatch)
        #expect(Self.same(reading.zxingBytes, as: text), "zxing-cpp read \(Self.shown(reading.zxingBytes))")
    }

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"), arguments: QRErrorCorrection.allCases)
    func everyErrorCorrectionLevelDecodes(level: QRErrorCorrection) throws {
        let text = Self.texts[0]
        let code = try QRCode(encoding: text, errorCorrection: level)
        let decoded = try Self.zbarDecode(png: try code.png(scale: 4))
        #expect(Self.same(decoded, as: text), "zbarimg read \(Self.shown(decoded))")
    }

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"))
    func largestSymbolDecodes() throws {
        let text = String(repeating: "0123456789abcdef", count: 200).prefix(QRErrorCorrection.low.byteCapacity)
        let code = try QRCode(encoding: String(text), errorCorrection: .low)
        #expect(code.version == 40)
        let decoded = try Self.zbarDecode(png: try code.png(scale: 3))
        #expect(Self.same(decoded, as: String(text)), "zbarimg read \(Self.shown(decoded).prefix(80))...")
    }

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"), .requiring(tool: "rsvg-convert", debianPackage: "librsvg2-bin"), arguments: texts)
    func svgRasterisedByRSVGDecodes(text: String) throws {
        let code = try QRCode(encoding: text)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let svg = try folder.write("qr.svg", code.svg(moduleSize: 4))
        let conversion = try OutsideTool.run("rsvg-convert", ["--background-color=white", "-o", folder.path("qr.png"), svg])
        #expect(conversion.status == 0, "rsvg-convert: \(conversion.stderr)")
        let decoded = try OutsideTool.zbarDecode(folder.file("qr.png"))
        #expect(Self.same(decoded, as: text), "zbarimg read \(Self.shown(decoded))")
    }

    /// The bytes zbarimg decodes from the PNG image `png`.
    static func zbarDecode(png: [UInt8]) throws -> [UInt8]? {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("qr.png", bytes: png)
        return try OutsideTool.zbarDecode(folder.file("qr.png"))
    }

    /// Whether `decoded` is exactly the UTF-8 of `text`, byte for byte (String equality would
    /// accept a different Unicode normalisation).
    static func same(_ decoded: [UInt8]?, as text: String) -> Bool { decoded == Array(text.utf8) }

    /// What a decoder read, for failure messages.
    static func shown(_ decoded: [UInt8]?) -> String { decoded.map { String(decoding: $0, as: UTF8.self) } ?? "nothing" }
}
