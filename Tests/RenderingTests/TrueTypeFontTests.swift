import Foundation
import TestSupport
import Testing

@testable import Rendering

/// The label font read from its files: the character map and advance widths as fontTools reads
/// them, subsets that fontTools loads with their checksums and finds glyph for glyph the same as
/// the original, and damaged font files refused without a crash.
@Suite struct TrueTypeFontTests {
    static let fontsTool = PackageFolders.root.appendingPathComponent("Tests/RenderingTests/Support/font_checks.py").path
    static let font = try! LabelFont.installed.get()

    /// What fontTools reads from a font file's character map.
    struct FontToolsMap: Decodable {
        let unitsPerEm: Int
        let glyphs: [String: [Int]]
    }

    @Test(.requiring(tool: "fonttools", pythonPackage: "fonttools"), arguments: [LabelFont.Weight.regular, .bold])
    func everyCharacterMapsToTheGlyphAndAdvanceFontToolsReads(weight: LabelFont.Weight) throws {
        let face = Self.font.face(weight)
        let path = "/usr/share/fonts/truetype/dejavu/\(face.postScriptName).ttf"
        let result = try OutsideTool.run("python3", [Self.fontsTool, "map", path])
        try #require(result.status == 0, "\(result.stderr)")
        let expected = try JSONDecoder().decode(FontToolsMap.self, from: result.standardOutput)
        #expect(face.unitsPerEm == expected.unitsPerEm)
        #expect(expected.glyphs.count > 5_000, "fontTools read \(expected.glyphs.count) characters")
        var mismatches: [String] = []
        for (code, glyphAndAdvance) in expected.glyphs {
            let scalar = Unicode.Scalar(UInt32(code)!)!
            guard let glyph = face.glyph(for: scalar) else {
                mismatches.append("U+\(String(scalar.value, radix: 16)): no glyph")
                continue
            }
            if [Int(glyph), face.advance(of: glyph)] != glyphAndAdvance {
                mismatches.append("U+\(String(scalar.value, radix: 16)): \(glyph), \(face.advance(of: glyph)) against \(glyphAndAdvance)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        // Characters fontTools does not map have no glyph here either.
        let unmapped = (0x20..<0x3_0000).lazy.filter { expected.glyphs[String($0)] == nil }.compactMap(Unicode.Scalar.init).prefix(2_000)
        #expect(unmapped.allSatisfy { face.glyph(for: $0) == nil })
    }

    @Test(
        .requiring(tool: "fonttools", pythonPackage: "fonttools"),
        arguments: [
            (LabelFont.Weight.regular, "70% ноос, 30% ноолуур; μαλλί; Kaschmir, Musterstraße; café crème, Škoda, ½ °C"),
            (.bold, "Fine wool and cashmere sweater ДЕЖ Ω é ĳ ǅ"),
        ])
    func aSubsetHoldsTheGlyphsShownAndTheirComponents(weight: LabelFont.Weight, text: String) throws {
        let face = Self.font.face(weight)
        var embedded = PDFEmbeddedFont(face)
        let codes = embedded.codes(for: text)
        var glyphs: [UInt16] = [0]
        for scalar in text.unicodeScalars where !glyphs.contains(face.glyph(for: scalar)!) { glyphs.append(face.glyph(for: scalar)!) }
        #expect(Set(codes).count == glyphs.count - 1, "one code a distinct glyph")
        let subset = try TrueTypeSubset(of: face, glyphs: glyphs)
        #expect(Array(subset.glyphs.prefix(glyphs.count)) == glyphs)
        #expect(subset.glyphs.count > glyphs.count, "accented letters bring their components")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("subset.ttf", bytes: subset.bytes)
        let path = "/usr/share/fonts/truetype/dejavu/\(face.postScriptName).ttf"
        let check = try OutsideTool.run("python3", [Self.fontsTool, "subset", path, file, subset.glyphs.map(String.init).joined(separator: ",")])
        #expect(check.status == 0 && check.stdout == "ok\n", "\(check.stdout)\(check.stderr)")
    }

    @Test func aDamagedFontIsRefusedOrReadWithoutACrash() throws {
        let bytes = Self.font.regular.bytes
        var refused = 0
        for length in stride(from: 0, to: bytes.count, by: 997) {
            do { _ = try TrueTypeFont(bytes: Array(bytes.prefix(length)), postScriptName: "cut") } catch { refused += 1 }
        }
        #expect(refused == (bytes.count + 996) / 997, "every cut file is refused")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var damaged = bytes
            for _ in 0..<20 { damaged[Int.random(in: 0..<2_000, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            guard let font = try? TrueTypeFont(bytes: damaged, postScriptName: "damaged") else { continue }
            var embedded = PDFEmbeddedFont(font)
            _ = embedded.codes(for: "Ωé ноос 70%")
            var file = PDFFile()
            _ = try? embedded.write(into: &file)
        }
        #expect(throws: TrueTypeFontError.notTrueType) {
            try TrueTypeFont(bytes: Array("<html>".utf8) + Array(repeating: 0, count: 100), postScriptName: "x")
        }
    }

    @Test func aMissingFontSaysWhereItWasLookedForAndWhatToInstall() {
        #expect(throws: LabelFontError.notFound("DejaVuSans.ttf", folders: ["/nonexistent"])) { try LabelFont(folders: ["/nonexistent"]) }
        let message = LabelFontError.notFound("DejaVuSans.ttf", folders: ["/nonexistent"]).message
        #expect(message.contains("/nonexistent") && message.contains("fonts-dejavu-core"))
    }

    @Test func pdfNumbersHaveAtMostFourDecimalsAndNoExponent() {
        // Values worked out by hand: 72 / 25.4 = 2.834645…, 1e-5 rounds to 0.
        #expect(PDFContent.number(72 / 25.4) == "2.8346")
        #expect(PDFContent.number(-12.5) == "-12.5")
        #expect(PDFContent.number(0.0394) == "0.0394")
        #expect(PDFContent.number(0.00001) == "0")
        #expect(PDFContent.number(3) == "3")
        #expect(PDFContent.number(-0.00004) == "0")
        #expect(PDFContent.number(1e12) == "1000000000000")
        #expect(PDFContent.number(.infinity) == "0")
        #expect(PDFContent.number(0.1 + 0.2) == "0.3")
    }

    /// A rectangle of whole numbers is the operator line `write` gives the same numbers.
    @Test func wholeRectanglesAreWrittenAsTheirOperands() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let numbers = (0..<4).map { _ in Int.random(in: -100_000...100_000, using: &generator) }
            var rectangle = PDFContent()
            rectangle.rectangle(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
            var written = PDFContent()
            written.write(Double(numbers[0]), Double(numbers[1]), Double(numbers[2]), Double(numbers[3]), operator: "re")
            #expect(rectangle.bytes == written.bytes, "\(numbers)")
        }
    }
}
