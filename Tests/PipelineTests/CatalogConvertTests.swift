import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp catalog convert` between JSON, a workbook and a folder of CSV files, with no loss; and
/// `Fixtures/demo/catalogue.xlsx`, what the command writes from the demo catalogue.
@Suite struct CatalogConvertTests {
    /// Runs `dpp catalog convert input --out output` with `options`, expecting success.
    static func convert(_ input: String, to output: String, _ options: [String] = []) throws {
        let result = try DPPProcess.run(["catalog", "convert", input, "--out", output] + options)
        #expect(result.status == 0, "\(input) → \(output): \(result.stderr)")
    }

    /// The JSON files the round trips start from: the demo catalogue as it is, and the
    /// every-field catalogue as JSONWriter's pretty form writes it.
    static func catalogues(in folder: TemporaryFolder) throws -> [String] {
        let everyField = JSONWriter(pretty: true).bytes(try JSONParser().parse(Array(CatalogueFixtures.everyField.utf8)))
        return [DemoFixtures.file("catalog.json").path, try folder.write("every-field.json", bytes: everyField)]
    }

    @Test(arguments: [("catalogue.xlsx", "en"), ("catalogue-mn.xlsx", "mn"), ("catalogue-csv", "en"), ("catalogue-csv-mn", "mn")])
    func jsonToTablesToJSONIsByteIdentical(tables: String, language: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (index, catalogue) in try Self.catalogues(in: folder).enumerated() {
            let middle = folder.path("\(index)-" + tables)
            try Self.convert(catalogue, to: middle, ["--lang", language])
            try Self.convert(middle, to: folder.path("\(index)-back.json"))
            let original = try Data(contentsOf: URL(fileURLWithPath: catalogue))
            let back = try Data(contentsOf: folder.file("\(index)-back.json"))
            #expect(
                back == original,
                "\(catalogue) through \(tables): \(LineDiff(from: String(decoding: original, as: UTF8.self), to: String(decoding: back, as: UTF8.self)).formatted())"
            )
        }
    }

    @Test func theCommandsHaveTheirHelpAndRefuseAWrongCommandLine() throws {
        for (command, usage) in [("catalog", "Usage: dpp catalog convert IN --out OUT"), ("template", "Usage: dpp template --out FILE.xlsx")] {
            let help = try DPPProcess.run([command, "--help"])
            #expect(help.status == 0 && help.stdout.hasPrefix(usage) && help.stdout.contains("Exit codes: 0 written"), "\(help.stdout)")
        }
        let overview = try DPPProcess.run(["--help"])
        #expect(overview.stdout.contains("\n  template   write an empty catalogue workbook"), "\(overview.stdout)")
        #expect(overview.stdout.contains("\n  catalog    convert a catalogue between JSON"), "\(overview.stdout)")
        let missing = try DPPProcess.run(["catalog", "convert", DemoFixtures.file("catalog.json").path])
        #expect(missing.status == 2 && missing.stderr.contains("--out is required"), "\(missing.stderr)")
        let unknown = try DPPProcess.run(["catalog", "merge", "a.json", "--out", "b.json"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown subcommand 'merge'; use convert"), "\(unknown.stderr)")
    }

    @Test func theCSVFilesAreOnePerSheetWithHeadersInTheLanguage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.convert(DemoFixtures.file("catalog.json").path, to: folder.path("mn"), ["--lang", "mn"])
        #expect(folder.files(under: "mn").count == 19)
        let bytes = try Data(contentsOf: folder.file("mn/products.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let products = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(products.hasPrefix("Барааны код * (sku),GTIN * (gtin),Нэр * (name),"))
        // A GTIN keeps its leading zero; a list cell holds its ; and is quoted only where a field must be.
        #expect(products.contains("\r\nKC-SWEATER,09521234000112,"))
    }

    /// The fixture is what the command writes today, and with the step rows it gives the site of
    /// the JSON catalogue and the EPCIS events, byte for byte (the report aside).
    @Test func theDemoWorkbookIsWhatConvertWritesAndGivesTheSameSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.convert(DemoFixtures.file("catalog.json").path, to: folder.path("catalogue.xlsx"))
        #expect(
            try Data(contentsOf: folder.file("catalogue.xlsx")) == Data(try DemoFixtures.bytes("catalogue.xlsx")),
            "Fixtures/demo/catalogue.xlsx is stale: run python3 Fixtures/tools/make-demo-workbook.py")
        let json = try DPPProcess.run([
            "generate", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path, "--out",
            folder.path("json"), "--at", "2026-09-01",
        ])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try DPPProcess.run([
            "generate", "--catalog", DemoFixtures.file("catalogue.xlsx").path, "--events", DemoFixtures.file("steps.csv").path, "--out",
            folder.path("rows"), "--at", "2026-09-01",
        ])
        #expect(rows.status == 0, "\(rows.stderr)")
        let files = folder.files(under: "json")
        #expect(files.count > 100 && files == folder.files(under: "rows"))
        for file in files where file != "report.json" {
            #expect(
                SiteFileComparison.shared(file, FileManager.default.contents(atPath: folder.path("json/" + file)))
                    == SiteFileComparison.shared(file, FileManager.default.contents(atPath: folder.path("rows/" + file))),
                "\(file) differs")
        }
    }

    @Test func anInvalidCatalogueIsReportedAtItsPlacesAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The scarf's GTIN 09521234000280 with a wrong check digit.
        let demo = try DemoFixtures.text("catalog.json")
        #expect(demo.contains("\"09521234000280\""))
        let broken = try folder.write("broken.json", demo.replacingOccurrences(of: "\"09521234000280\"", with: "\"09521234000281\""))
        let result = try DPPProcess.run(["catalog", "convert", broken, "--out", folder.path("out.xlsx")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(broken) at /products/1/gtin: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("[GS1-CHECK-DIGIT]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.xlsx")))
        // In a workbook, the same mistake is located at its cell.
        try Self.convert(DemoFixtures.file("catalog.json").path, to: folder.path("csv"))
        let products = try String(contentsOf: folder.file("csv/products.csv"), encoding: .utf8)
        try products.replacingOccurrences(of: "09521234000280", with: "09521234000281").write(
            to: folder.file("csv/products.csv"), atomically: true, encoding: .utf8)
        let fromCSV = try DPPProcess.run(["catalog", "convert", folder.path("csv"), "--out", folder.path("out.json")])
        #expect(fromCSV.status == 1)
        #expect(fromCSV.stderr.contains("csv/products.csv:3 (column \"GTIN * (gtin)\"): error: "), "\(fromCSV.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.json")))
        // A file that cannot be read, and an output form that is none of the three.
        let missing = try DPPProcess.run(["catalog", "convert", folder.path("none.json"), "--out", folder.path("out.json")])
        #expect(missing.status == 2 && missing.stderr.contains("no such file"), "\(missing.stderr)")
        let unknown = try DPPProcess.run(["catalog", "convert", DemoFixtures.file("catalog.json").path, "--out", folder.path("out.ods")])
        #expect(unknown.status == 2 && unknown.stderr.contains("--out must end in .json or .xlsx"), "\(unknown.stderr)")
        #expect(try folder.names().sorted() == ["broken.json", "csv"])
    }
}
