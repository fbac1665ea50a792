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
