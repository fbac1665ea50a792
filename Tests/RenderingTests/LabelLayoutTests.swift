import Foundation
import Passport
import TestSupport
import Testing

@testable import Rendering

/// Label layout: print-quality limits, wrapping within the width, and hostile catalogue text
/// refused or escaped, never a broken file.
@Suite struct LabelLayoutTests {
    /// The demo sweater's passport with its product name replaced.
    static func passport(name: String) -> Passport {
        var passport = ConsumerPageTests.demoSweater
        passport.product.name = name
        return passport
    }

    static func layout(_ passport: Passport, kind: LabelKind = .careLabel, size: LabelSize? = nil) throws -> LabelLayout {
        try LabelLayout(try LabelContent(passport: passport, languages: ["en"]), kind: kind, size: size ?? kind.defaultSize)
    }

    @Test func everyLineFitsTheWidthAndTheModulesAreWithinGS1() throws {
        let layout = try Self.layout(
            Self.passport(name: "Crew-neck " + String(repeating: "Gobi", count: 40) + " sweater"), size: LabelSize(width: 30, height: 200))
        let font = try LabelFont.installed.get()
        for line in layout.lines {
            #expect(font.width(of: line.text, size: layout.textSize, weight: line.bold ? .bold : .regular) <= 26 + 1e-9, "\(line.text)")
        }
        #expect(layout.lines.map(\.text).joined().contains(String(repeating: "Gobi", count: 40)), "a long word is broken, not cut")
        #expect(layout.moduleSize >= PrintQuality.minimumModule && layout.moduleSize <= PrintQuality.targetModule)
    }

    // 58 bytes: version 4 at level M, 33 + 8 modules; at 0.396 mm and 2 mm margins 20.236 mm.
    @Test func tooNarrowIsRefusedWithTheWidthThatWorks() throws {
        #expect(throws: LabelLayoutError.self) { try Self.layout(Self.passport(name: "x"), size: LabelSize(width: 20.2, height: 200)) }
        _ = try Self.layout(Self.passport(name: "x"), size: LabelSize(width: 20.24, height: 200))
    }

    @Test func tooShortIsRefusedWithAHeightThatWorks() throws {
        let passport = Self.passport(name: "x")
        do {
            _ = try Self.layout(passport, size: LabelSize(width: 30, height: 40))
            Issue.record("a 40 mm label was accepted")
        } catch let error as LabelLayoutError {
            guard case .overflow(_, _, let needed) = error else { Issue.record("\(error)"); return }
            _ = try Self.layout(passport, size: needed)
            #expect(throws: LabelLayoutError.self) { try Self.layout(passport, size: LabelSize(width: 30, height: needed.height - 0.1)) }
        }
    }

    @Test(arguments: ["Sweater\u{7}", "Sweater\u{202E}", "סוודר", "سترة", "Sweater \u{1F410}"])
    func unprintableTextIsRefused(name: String) throws {
        #expect(throws: LabelLayoutError.self) { try Self.layout(Self.passport(name: name)) }
    }

    @Test func markupIsEscaped() throws {
        let layout = try Self.layout(Self.passport(name: "</svg><script>alert(1)</script> & 'x'"), size: LabelSize(width: 30, height: 200))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("label.svg", layout.svg)
        let parsed = try OutsideTool.run(
            "python3", ["-c", "import sys, xml.etree.ElementTree as t; r = t.parse(sys.argv[1]).getroot(); print(''.join(r.itertext()))", file])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stdout.contains("</svg><script>alert(1)</script> & 'x'"))
    }

    /// The passport with `count` components of equal weight, each of the first's composition.
    static func passport(components count: Int) -> Passport {
        var passport = Self.passport(name: "x")
        let main = passport.product.components[0]
        passport.product.components = (0..<count).map { index in
            var part = main
            part.name = "part \(index)"
            part.weightPercent = 100 / Double(count)
            return part
        }
        return passport
    }

    @Test func fiftyComponentsAreRefusedAsTooTall() throws {
        #expect(throws: LabelLayoutError.self) { try Self.layout(Self.passport(components: 50)) }
    }

    @Test func tenThousandComponentsAreRefusedBeforeTheRulesReadThem() throws {
        #expect(throws: LabelContentError.composition(.tooManyComponents(10_000))) { try Self.layout(Self.passport(components: 10_000)) }
    }

    /// A label drawn again after another gives the same bytes, whatever font subsets were kept
    /// between them; the other label's text is its own.
    @Test(.requiring(tool: "pdftotext", debianPackage: "poppler-utils"))
    func aLabelDrawnAgainAfterAnotherIsTheSameFile() throws {
        let first = try Self.layout(Self.passport(name: "Crew-neck sweater Ёж"), size: LabelSize(width: 30, height: 200)).pdf()
        let other = try Self.layout(Self.passport(name: "Scarf Ω"), size: LabelSize(width: 30, height: 200)).pdf()
        let again = try Self.layout(Self.passport(name: "Crew-neck sweater Ёж"), size: LabelSize(width: 30, height: 200)).pdf()
        #expect(first == again)
        #expect(first != other)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, bytes, expected) in [("first", first, "Crew-neck sweater Ёж"), ("other", other, "Scarf Ω")] {
            let file = try folder.write(name + ".pdf", bytes: bytes)
            // Without white space: the name may wrap.
            let text = try OutsideTool.run("pdftotext", ["-raw", file, "-"]).stdout.filter { !$0.isWhitespace }
            #expect(text.contains(expected.filter { !$0.isWhitespace }), "\(name): \(text)")
        }
    }

    /// The labels of two lots of one product, whose lot numbers differ in their digits only,
    /// embed the same font subsets (made and compressed once), and each shows its own lot number.
    @Test(.requiring(tool: "pdftotext", debianPackage: "poppler-utils"))
    func lotsOfOneProductShareTheirFontSubsets() throws {
        var first = ConsumerPageTests.demoSweater
        first.lot = "A-2026-118"
        var second = first
        second.lot = "A-2027-935"
        let pdfs = try [first, second].map { try Self.layout($0).pdf() }
        let subsets = pdfs.map { pdf in
            let text = String(decoding: pdf, as: UTF8.self)
            return Set(text.matches(of: /\/BaseFont \/([A-Z]{6}\+[A-Za-z-]+)/).map { String($0.output.1) })
        }
        #expect(subsets[0].count == 2, "both faces: \(subsets[0])")
        #expect(subsets[0] == subsets[1])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (index, lot) in ["A-2026-118", "A-2027-935"].enumerated() {
            let file = try folder.write("lot\(index).pdf", bytes: pdfs[index])
            #expect(try OutsideTool.run("pdftotext", ["-raw", file, "-"]).stdout.contains("(10) " + lot))
        }
    }
}

/// A lot's labels drawn with the QR code its passport files made.
@Suite struct LabelFilesSharedCodeTests {
    @Test func theLabelsWithThePassportFilesCodeAreTheLabelsWithTheirOwn() throws {
        let options = LabelFiles.Options(languages: ["en", "fr"])
        for passport in DemoPages.passports {
            let code = try PassportFiles(passport: passport, document: .null, version: .latest).code
            #expect(code == (try QRCode(encoding: passport.link ?? "")))
            let shared = try LabelFiles(passport: passport, producedCount: 3, options: options, code: code).files
            #expect(shared == (try LabelFiles(passport: passport, producedCount: 3, options: options).files), "\(passport.lot ?? "")")
            #expect(shared.count == 4)
        }
    }
}

/// Wrapping by each piece's advance added to the line's, against measuring every candidate line whole.
@Suite struct LabelWrapTests {
    /// The lines of `text` as measuring each candidate line whole breaks them: between words,
    /// else after a `/`, else between characters.
    static func wholeLineWrap(_ text: String, width: Double, size: Double, weight: LabelFont.Weight, font: LabelFont) -> [String] {
        func fits(_ line: String) -> Bool { font.width(of: line, size: size, weight: weight) <= width }
        var lines: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { lines.append(current) }
            current = ""
        }
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if fits(candidate) {
                current = candidate
                continue
            }
            flush()
            if fits(word) {
                current = word
                continue
            }
            let pieces = word.split(separator: "/", omittingEmptySubsequences: false).map { $0 + "/" }
            for (index, slashed) in pieces.enumerated() {
                let piece = index == pieces.count - 1 ? String(slashed.dropLast()) : String(slashed)
                if fits(current + piece) {
                    current += piece
                    continue
                }
                flush()
                for character in piece {
                    if !current.isEmpty && !fits(current + String(character)) { flush() }
                    current.append(character)
                }
            }
        }
        flush()
        return lines
    }

    @Test func breaksWhereMeasuringWholeLinesBreaks() throws {
        let font = try LabelFont.installed.get()
        let words = [
            "wool", "Cashmere", "100%", "Монгол", "https://dpp.example.com/01/09524321000248/10/KC-SW-2026-001-0", "a/b/c", "//", "/",
            "Ärmel", "é", "W", "iii", "Сүхбаатар-аймаг", String(repeating: "M", count: 30), "30°C", "x",
        ]
        var generator = SeededGenerator(seed: 0x3A9E1)
        var broken = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: String(repeating: " ", count: Int.random(in: 1...2, using: &generator)))
            let width = Double.random(in: 2...40, using: &generator)
            let weight: LabelFont.Weight = Bool.random(using: &generator) ? .bold : .regular
            let lines = LabelLayout.wrap(text, width: width, size: PrintQuality.textSize, weight: weight, font: font)
            #expect(lines == Self.wholeLineWrap(text, width: width, size: PrintQuality.textSize, weight: weight, font: font), "\(text) at \(width)")
            if lines.count > 1 { broken += 1 }
        }
        #expect(broken > 1_000, "most texts are broken into lines")
    }
}

/// A label text's words, over its bytes when it is ASCII.
@Suite struct LabelWordsTests {
    @Test func theWordsAreThoseSplittingByCharacterGives() {
        let pieces = ["a", " ", "  ", "wool", "\r\n", "\t", "é", " \u{301}", "e\u{301}", "/", "😀", "Монгол", "x"]
        var generator = SeededGenerator(seed: 0x30D5)
        var ascii = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
            #expect(LabelLayout.words(of: text) == text.split(separator: " "), "\(Array(text.unicodeScalars))")
        }
        #expect(ascii > 500 && ascii < 4_500, "both kinds of text are tried")
        // A space a combining mark joins is no separator between characters.
        #expect(LabelLayout.words(of: "a \u{301}b c") == ["a \u{301}b", "c"])
    }
}
