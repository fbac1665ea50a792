import Foundation
import TestSupport
import Testing

/// `dpp labels` on the demo as a factory would run it: every label and hang tag, as SVG and as
/// PDF, read back by outside tools (rsvg-convert, pdftoppm, pdftotext, pdffonts, zbarimg,
/// zxing-cpp), and the sizes and languages it refuses.
@Suite final class LabelsCommandTests {
    /// The demo lots and the GS1 Digital Link each QR code must decode to.
    static let links = [
        "https://dpp.example.com/01/09521234000112/10/KC-SW-2026-001", "https://dpp.example.com/01/09521234000112/10/KC-SW-2026-002",
        "https://dpp.example.com/01/09521234000280/10/KC-SC-2026-001", "https://dpp.example.com/01/09521234000358/10/KC-BN-2026-001",
        "https://dpp.example.com/01/09521234000426/10/KC-CT-2026-001", "https://dpp.example.com/01/09521234000594/10/KC-WC-2026-001",
    ]

    /// The composition lines of the scarf (70% cashmere, 30% yak) per language, from Annex I of
    /// Regulation (EU) 1007/2011 in each language version (entry 2: cashmere; yak), the Greek and
    /// Bulgarian tables of `Schemas/fibre-names.json`'s `sources.el` and `sources.bg` (κασμίρ;
    /// γιάκ; кашмир; як), and the project's Mongolian names.
    static let scarfCompositions = [
        "70% cashmere, 30% yak", "70% Kaschmir, 30% Yak", "70% cachemire, 30% yack", "70% cashmere, 30% yak",
        "70% ноолуур, 30% сарлагийн хөөвөр", "70% κασμίρ, 30% γιάκ", "70% кашмир, 30% як",
    ]

    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    deinit { folder.remove() }

    /// Runs `dpp labels` on the demo fixtures into `out` with `extra` arguments.
    func labels(_ extra: [String], out: String = "labels") throws -> ChildProcess.Result {
        try DPPProcess.run(
            [
                "labels", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
                "--out", folder.path(out), "--at", "2026-09-01",
            ] + extra)
    }

    /// The folder of a lot's files below the output, from its link.
    static func lotFolder(_ link: String) -> String {
        String(link.dropFirst("https://dpp.example.com/".count))
    }

    @Test(
        .requiring(tool: "zbarimg", debianPackage: "zbar-tools"), .requiring(tool: "rsvg-convert", debianPackage: "librsvg2-bin"),
        .requiring(tool: "pdftoppm", debianPackage: "poppler-utils"))
    func everyLabelDecodesToItsLotsLink() throws {
        let result = try labels(["--languages", "en,de,fr,it,mn", "--size", "30x280", "--hangtag-size", "50x190"])
        try #require(result.status == 0, "\(result.stderr)")
        for link in Self.links {
            for kind in ["label", "hangtag"] {
                let base = folder.path("labels/\(Self.lotFolder(link))/\(kind)")
                let svgPNG = folder.path("svg.png")
                let conversion = try OutsideTool.run(
                    "rsvg-convert", ["-d", "300", "-p", "300", "--background-color=white", "-o", svgPNG, base + ".svg"])
                #expect(conversion.status == 0, "rsvg-convert: \(conversion.stderr)")
                #expect(try OutsideTool.zbarDecode(URL(fileURLWithPath: svgPNG)) == Array(link.utf8), "\(kind).svg of \(link)")
                let raster = try OutsideTool.run("pdftoppm", ["-r", "300", "-gray", "-singlefile", base + ".pdf", folder.path("pdf")])
                #expect(raster.status == 0, "pdftoppm: \(raster.stderr)")
                #expect(try OutsideTool.zbarDecode(folder.file("pdf.pgm")) == Array(link.utf8), "\(kind).pdf of \(link) with zbarimg")
                if Self.zxingAvailable {
                    let zxing = try OutsideTool.run("python3", [Self.labelChecks.path, folder.path("pdf.pgm")])
                    #expect(zxing.stdout == link + "\n", "\(kind).pdf of \(link) with zxing-cpp: \(zxing.stderr)")
                }
            }
        }
    }

    /// Whether python3 has numpy and zxing-cpp.
    static let zxingAvailable = (try? OutsideTool.run("python3", ["-c", "import numpy, zxingcpp"]).status) == 0
    static let labelChecks = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/label_checks.py")

    @Test(
        .requiring(tool: "pdftotext", debianPackage: "poppler-utils"), .requiring(tool: "pdffonts", debianPackage: "poppler-utils"),
        .requiring(tool: "qpdf", debianPackage: "qpdf"))
    func pdfTextHasTheCompositionInEveryLanguageAndEmbedsItsFonts() throws {
        let result = try labels(["--languages", "en,de,fr,it,mn,el,bg", "--size", "30x300", "--hangtag-size", "50x200"])
        try #require(result.status == 0, "\(result.stderr)")
        let scarf = folder.path("labels/\(Self.lotFolder(Self.links[2]))")
        for kind in ["label", "hangtag"] {
            let text = try OutsideTool.run("pdftotext", ["-raw", "\(scarf)/\(kind).pdf", "-"])
            // Wrapped lines are joined with one space, as the label's words were.
            let joined = text.stdout.split(separator: "\n").joined(separator: " ")
            for composition in Self.scarfCompositions { #expect(joined.contains(composition), "\(kind): \(joined)") }
            let fonts = try OutsideTool.run("pdffonts", ["\(scarf)/\(kind).pdf"]).stdout.split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty)
            // Columns: name, type (one or two words), encoding, emb, sub, uni, object number, generation.
            for font in fonts { #expect(font.split(separator: " ").dropLast(4).last == "yes", "not embedded: \(font)") }
            try expectWellFormed("\(scarf)/\(kind).pdf")
        }
    }

    /// The text `pdftotext` extracts from a PDF, without its white space, so that words broken
    /// between lines compare as they are typed.
    func pdfText(_ path: String) throws -> String {
        try OutsideTool.run("pdftotext", ["-raw", path, "-"]).stdout.filter { !$0.isWhitespace }
    }

    /// `text` without its white space, as ``pdfText(_:)`` compares it.
    static func unspaced(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    @Test(.requiring(tool: "pdftotext", debianPackage: "poppler-utils"))
    func bothLabelsGiveTheManufacturerAndImporterWithTheirPostalAndElectronicAddresses() throws {
        // The default sizes hold them in one language.
        let result = try labels([])
        try #require(result.status == 0, "\(result.stderr)")
        // Typed from the demo catalogue's parties (the website without its scheme).
        let manufacturer =
            "Manufacturer: Khangai Cashmere LLC, Khan-Uul district, Ulaanbaatar, Mongolia, info@khangai.example.com, khangai.example.com"
        let importer = "EU importer: Beispiel Textil GmbH, Musterstraße 1, 10115 Berlin, Germany, safety@beispiel.example.com"
        for link in Self.links {
            for kind in ["label", "hangtag"] {
                let text = try pdfText(folder.path("labels/\(Self.lotFolder(link))/\(kind).pdf"))
                #expect(text.contains(Self.unspaced(manufacturer)), "\(kind) of \(link): \(text)")
                #expect(text.contains(Self.unspaced(importer)), "\(kind) of \(link): \(text)")
            }
        }
    }

    @Test func aManufacturerEmailThatIsNoAddressStopsTheLabels() throws {
        let demo = try String(contentsOf: DemoFixtures.file("catalog.json"), encoding: .utf8)
        let catalog = folder.path("catalog.json")
        try demo.replacing("\"info@khangai.example.com\"", with: "\"info at khangai\"").write(toFile: catalog, atomically: true, encoding: .utf8)
        let result = try DPPProcess.run([
            "labels", "--catalog", catalog, "--events", DemoFixtures.file("events.jsonld").path, "--out", folder.path("labels"), "--at", "2026-09-01",
        ])
        #expect(result.status == 1)
        let output = result.stdout + result.stderr
        #expect(output.contains("/credentialSubject/relatedParty/0/party/email: error"), "\(output)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("labels")))
    }

    @Test(.requiring(tool: "pdftotext", debianPackage: "poppler-utils"))
    func careTextIsInEachLanguageOrTheCataloguesMarkedWithItsLanguage() throws {
        let result = try labels(["--languages", "de,bg", "--size", "30x200", "--hangtag-size", "50x140"])
        try #require(result.status == 0, "\(result.stderr)")
        // Typed from the demo catalogue: the beanie's German care text, and the catalogue's
        // English text, which serves Bulgarian (no translation) and every language of the sweater.
        let german =
            "DE: Handwäsche bei 30 °C mit Wollwaschmittel; nicht bleichen; liegend im Schatten trocknen, nicht im Trockner trocknen; "
            + "bei niedriger Temperatur (110 °C) mit feuchtem Tuch bügeln; chemische Reinigung mit Tetrachlorethen (P) erlaubt"
        let english =
            "EN: hand wash at 30 °C with wool detergent; do not bleach; dry flat in the shade, do not tumble dry; "
            + "iron at low temperature (110 °C) with a damp cloth; dry cleaning with tetrachloroethene (P) allowed"
        for kind in ["label", "hangtag"] {
            let beanie = try pdfText(folder.path("labels/\(Self.lotFolder(Self.links[3]))/\(kind).pdf"))
            #expect(beanie.contains(Self.unspaced(german)), "\(kind): \(beanie)")
            #expect(beanie.components(separatedBy: Self.unspaced(english)).count == 2, "once, marked: \(kind): \(beanie)")
            let sweater = try pdfText(folder.path("labels/\(Self.lotFolder(Self.links[0]))/\(kind).pdf"))
            #expect(sweater.components(separatedBy: Self.unspaced(english)).count == 2, "once, marked: \(kind): \(sweater)")
            #expect(!sweater.contains("DE:") && !sweater.contains("BG:"), "no care text under another language's mark: \(sweater)")
        }
    }

    @Test func tooNarrowALabelIsRefusedWithTheWidthThatWorks() throws {
        let result = try labels(["--size", "15x200", "--hangtag-size", "50x120"])
        #expect(result.status == 1)
        // The sweater's link is 58 bytes: QR version 4 at level M, 33 modules, 41 with the quiet
        // zone; at GS1's minimum of 0.396 mm and 2 mm margins: 41 × 0.396 + 4 = 20.236 mm.
        #expect(result.stderr.contains("the care label needs at least 20.3x200 mm"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("labels")))
    }

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"), .requiring(tool: "pdftoppm", debianPackage: "poppler-utils"))
    func theSmallestAllowedSizeStillDecodes() throws {
        let result = try labels(["--size", "20.3x200", "--hangtag-size", "50x120"])
        try #require(result.status == 0, "\(result.stderr)")
        let base = folder.path("labels/\(Self.lotFolder(Self.links[0]))/label")
        let raster = try OutsideTool.run("pdftoppm", ["-r", "300", "-gray", "-singlefile", base + ".pdf", folder.path("pdf")])
        #expect(raster.status == 0)
        #expect(try OutsideTool.zbarDecode(folder.file("pdf.pgm")) == Array(Self.links[0].utf8))
    }

    @Test func tooShortALabelIsRefusedWithTheHeightThatWorks() throws {
        let result = try labels(["--size", "30x40"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the care label's content does not fit at 30x40 mm: the care label needs at least 30x"), "\(result.stderr)")
    }

    @Test func aLanguageWithoutNamesIsRefusedByName() throws {
        let result = try labels(["--languages", "en,xx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no fibre names in the language 'xx'"), "\(result.stderr)")
    }

    @Test func aLanguageGivenTwiceIsPrintedOnceAndAnEmptyListIsRefused() throws {
        // German alone fits the default care label; three times it would not (30x132.8 mm).
        let result = try labels(["--languages", "de, de,de", "--countries", "DE,AT"])
        try #require(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: folder.path("labels/\(Self.lotFolder(Self.links[2]))/label.svg"), encoding: .utf8)
        let text = svg.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.1) }.joined(separator: " ")
        #expect(text.components(separatedBy: "70% Kaschmir, 30% Yak").count == 2, "\(text)")
        for option in ["--languages", "--countries"] {
            let refused = try labels([option, " , "], out: "empty")
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("\(option) needs at least one code"), "\(refused.stderr)")
        }
    }

    @Test func countriesGiveTheirOfficialLanguages() throws {
        let refused = try labels(["--countries", "US"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("'US' is not the ISO 3166-1 code of an EU member state"), "\(refused.stderr)")
        let result = try labels(["--countries", "DE,FR,IT", "--size", "30x200", "--hangtag-size", "50x140"])
        try #require(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: folder.path("labels/\(Self.lotFolder(Self.links[2]))/label.svg"), encoding: .utf8)
        let text = svg.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.1) }.joined(separator: " ")
        for composition in ["70% Kaschmir, 30% Yak", "70% cachemire, 30% yack", "70% cashmere, 30% yak"] {
            #expect(text.contains(composition), "\(text)")
        }
        #expect(!text.contains("30% yak 70% Kaschmir"), "German follows Italian and English only in the order asked for")
    }

    /// Greece and Cyprus ask for Greek and Bulgaria for Bulgarian, which have the names of the
    /// demo's fibres; Denmark asks for Danish, which has the name of cotton only (`sources.da`):
    /// each lot is refused naming the language and the fibres it lacks.
    @Test func greekAndBulgarianAreWrittenAndDanishRefusedByName() throws {
        let result = try labels(["--countries", "GR,CY,BG", "--size", "30x160", "--hangtag-size", "50x120"])
        try #require(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: folder.path("labels/\(Self.lotFolder(Self.links[2]))/label.svg"), encoding: .utf8)
        let text = svg.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.1) }.joined(separator: " ")
        #expect(text.contains("70% κασμίρ, 30% γιάκ 70% кашмир, 30% як"), "\(text)")
        #expect(!text.contains("70% cashmere"), "\(text)")
        let refused = try labels(["--countries", "DK"], out: "danish")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("KC-SC-2026-001: no fibre names in the language 'da' for cashmere, yak:"), "\(refused.stderr)")
    }

    /// The Netherlands ask for Dutch, which has the name of wool (`sources.nl`) but of none of
    /// the demo's hairs: each lot is refused for the fibres Dutch lacks, and nothing is written.
    @Test func dutchIsRefusedForTheFibresItLacks() throws {
        let refused = try labels(["--countries", "NL"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("KC-WC-2026-001: no fibre names in the language 'nl' for cashmere:"), "\(refused.stderr)")
        #expect(refused.stderr.contains("KC-CT-2026-001: no fibre names in the language 'nl' for camel:"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("labels")))
    }

    /// Expects qpdf to find the PDF's structure (objects, cross-reference table, streams) sound.
    func expectWellFormed(_ path: String) throws {
        let check = try OutsideTool.run("qpdf", ["--check", path])
        #expect(check.status == 0 && check.stdout.contains("No syntax or stream encoding errors found"), "qpdf: \(check.stdout)\(check.stderr)")
    }

    /// The lines of `pdfinfo` for a PDF file.
    func pdfInfo(_ path: String) throws -> String { try OutsideTool.run("pdfinfo", [path]).stdout }

    @Test(
        .requiring(tool: "zbarimg", debianPackage: "zbar-tools"), .requiring(tool: "pdftoppm", debianPackage: "poppler-utils"),
        .requiring(tool: "pdfinfo", debianPackage: "poppler-utils"), .requiring(tool: "qpdf", debianPackage: "qpdf"))
    func sheetsHoldTheCountAskedForWithCropMarks() throws {
        let result = try labels(["--sheet", "A4", "--grid", "3x2", "--count", "23"])
        try #require(result.status == 0, "\(result.stderr)")
        let sheet = folder.path("labels/labels/01_09521234000112_10_KC-SW-2026-001_label-sheet.pdf")
        let info = try pdfInfo(sheet)
        try expectWellFormed(sheet)
        // 23 labels at 6 a page: 4 pages, the last with 5; A4 is 210 × 297 mm, 595.276 × 841.89 pt.
        #expect(info.contains("Pages:           4"), "\(info)")
        #expect(info.contains("595.276 x 841.89 pts (A4)"), "\(info)")
        let raster = try OutsideTool.run("pdftoppm", ["-r", "300", "-gray", "-f", "4", "-l", "4", "-singlefile", sheet, folder.path("page")])
        #expect(raster.status == 0)
        let decoded = try OutsideTool.run("zbarimg", ["--raw", "-q", "--nodbus", folder.path("page.pgm")])
        #expect(decoded.stdout.split(separator: "\n") == Array(repeating: Substring(Self.links[0]), count: 5), "\(decoded.stdout)")
        let text = try OutsideTool.run("pdftotext", ["-f", "4", "-l", "4", sheet, "-"]).stdout
        #expect(text.contains("labels 19–23 of 23, page 4 of 4"), "\(text)")
        #expect(text.components(separatedBy: "(10) KC-SW-2026-001\n").count == 6, "each of the 5 labels' text is extractable: \(text)")
    }

    @Test(.requiring(tool: "pdfinfo", debianPackage: "poppler-utils"))
    func sheetsCountTheLotsPiecesFromItsEvents() throws {
        let result = try labels(["--sheet", "Letter"])
        try #require(result.status == 0, "\(result.stderr)")
        // The demo events make 280 pieces (H87) of KC-SW-2026-001. A 30 × 120 mm label on
        // Letter (215.9 × 279.4 mm) with 10 mm margins and 6 mm gutters: 5 columns
        // (5 × 30 + 4 × 6 = 174 ≤ 195.9) and 2 rows (2 × 120 + 6 = 246 ≤ 259.4), 10 a page, 28 pages.
        let info = try pdfInfo(folder.path("labels/labels/01_09521234000112_10_KC-SW-2026-001_label-sheet.pdf"))
        #expect(info.contains("Pages:           28"), "\(info)")
        #expect(info.contains("612 x 792 pts (letter)"), "\(info)")
    }

    @Test func aGridThatDoesNotFitIsRefusedWithTheOneThatDoes() throws {
        let result = try labels(["--sheet", "A4", "--grid", "9x9", "--count", "10"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a 9x9 grid does not fit on A4 paper; at most 5x2 labels of this size fit"), "\(result.stderr)")
    }

    @Test func generateWithLabelsPublishesThemBesideEachPassport() throws {
        let arguments = [
            "generate", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
            "--at", "2026-09-01", "--quiet", "--labels", "--languages", "en,de", "--sheet", "A4", "--count", "3",
            "--hangtag-size", "50x110",
        ]
        // Two languages' care text needs a longer ribbon than the default 30x120 mm.
        let result = try DPPProcess.run(arguments + ["--out", folder.path("site"), "--size", "30x160"])
        try #require(result.status == 0, "\(result.stderr)")
        for link in Self.links {
            let lot = folder.path("site/\(Self.lotFolder(link))")
            for name in ["label.svg", "label.pdf", "hangtag.svg", "hangtag.pdf", "passport.jsonld"] {
                #expect(FileManager.default.fileExists(atPath: "\(lot)/\(name)"), "\(lot)/\(name)")
            }
            let sheet = "site/labels/" + Self.lotFolder(link).replacing("/", with: "_") + "_label-sheet.pdf"
            #expect(FileManager.default.fileExists(atPath: folder.path(sheet)), "\(sheet)")
        }
        let refused = try DPPProcess.run(arguments + ["--out", folder.path("small"), "--size", "10x160"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("the care label needs at least 20.3x160 mm"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("small")))
    }
}
