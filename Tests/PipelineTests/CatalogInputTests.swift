import CatalogTables
import Diagnostics
import Foundation
import JSONCore
import Passport
import Pipeline
import TestSupport
import Testing

/// `--catalog` takes the catalogue as JSON, as an `.xlsx` workbook or as a folder of CSV files,
/// written by openpyxl and Python's csv from the demo catalogue's tables: the same site, and every
/// planted mistake located at its cell.
@Suite(.enabled(if: CatalogueFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"))
struct CatalogInputTests {
    static let events = DemoFixtures.file("events.jsonld").path

    static func generate(catalog: String, out: String) throws -> ChildProcess.Result {
        try DPPProcess.run(["generate", "--catalog", catalog, "--events", events, "--out", out, "--at", "2026-09-01"])
    }

    @Test func theDemoCatalogueAsWorkbooksAndCSVFoldersGivesTheJSONsSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fromJSON = try Self.generate(catalog: DemoFixtures.file("catalog.json").path, out: folder.path("json"))
        #expect(fromJSON.status == 0, "\(fromJSON.stderr)")
        let files = folder.files(under: "json")
        #expect(files.contains("01/09521234000112/10/KC-SW-2026-001/passport.jsonld") && files.count > 100, "\(files.count) files")
        let tables = try CatalogueFiles.demoTables()
        for (form, name) in CatalogueFiles.forms {
            let catalog = try CatalogueFiles.write(tables, as: form, to: name, in: folder)
            let result = try Self.generate(catalog: catalog, out: folder.path("site-" + form))
            #expect(result.status == 0, "\(form): \(result.stderr)")
            #expect(folder.files(under: "site-" + form) == files, "\(form)")
            for file in files where file != "report.json" {
                let json = FileManager.default.contents(atPath: folder.path("json/" + file))
                #expect(
                    json == FileManager.default.contents(atPath: folder.path("site-\(form)/" + file)), "\(file) differs with the catalogue as \(form)"
                )
            }
        }
    }

    /// The promise: the catalogue as a workbook and the chain as step rows
    /// (`Fixtures/demo/steps.csv`) give the site of the JSON catalogue and the EPCIS events.
    @Test func theWorkbookAndTheStepRowsGiveTheJSONAndEPCISSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try Self.generate(catalog: DemoFixtures.file("catalog.json").path, out: folder.path("json")).status == 0)
        let catalog = try CatalogueFiles.write(try CatalogueFiles.demoTables(), as: "xlsx-mn", to: "catalogue.xlsx", in: folder)
        let result = try DPPProcess.run(
            ["generate", "--catalog", catalog, "--events", DemoFixtures.file("steps.csv").path, "--out", folder.path("rows"), "--at", "2026-09-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = folder.files(under: "json")
        #expect(files == folder.files(under: "rows"))
        for file in files where file != "report.json" {
            let json = SiteFileComparison.shared(file, FileManager.default.contents(atPath: folder.path("json/" + file)))
            #expect(json == SiteFileComparison.shared(file, FileManager.default.contents(atPath: folder.path("rows/" + file))), "\(file) differs")
        }
    }

    @Test(arguments: CatalogueFiles.forms)
    func aCatalogueWithEveryFieldReadsBackIdenticalFromEachForm(form: String, name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let catalogue = try JSONParser().parse(Array(CatalogueFixtures.everyField.utf8))
        let path = try CatalogueFiles.write(try CatalogTables(catalogue: catalogue, file: "catalog.json").tables, as: form, to: name, in: folder)
        let sink = DiagnosticSink()
        let reading = try #require(try CatalogInput.readTables(path, sink: sink))
        #expect(sink.diagnostics.isEmpty && reading.diagnostics.isEmpty, "\(sink.diagnostics + reading.diagnostics)")
        #expect(reading.document == catalogue)
        #expect(JSONWriter().string(reading.document).contains("\"postalCode\":\"045000\""))
    }

    /// The demo and the every-field catalogues as openpyxl writes them (in English and in
    /// Mongolian), saved again by LibreOffice Calc, read back identical.
    @Test(.requiring(tool: "soffice", debianPackage: "libreoffice-calc-nogui"))
    func workbooksSavedAgainByLibreOfficeReadTheSame() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let catalogues = [
            ("demo-en.xlsx", "xlsx-en", try JSONParser().parse(try DemoFixtures.bytes("catalog.json"))),
            ("every-mn.xlsx", "xlsx-mn", try JSONParser().parse(Array(CatalogueFixtures.everyField.utf8))),
        ]
        var paths: [String] = []
        for (name, form, catalogue) in catalogues {
            paths.append(try CatalogueFiles.write(try CatalogTables(catalogue: catalogue, file: name).tables, as: form, to: name, in: folder))
        }
        let result = try OutsideTool.run(
            "soffice",
            ["-env:UserInstallation=file://" + folder.path("profile"), "--headless", "--convert-to", "xlsx", "--outdir", folder.path("out")] + paths)
        #expect(result.status == 0, "\(result.stderr)")
        for (name, _, catalogue) in catalogues {
            let sink = DiagnosticSink()
            let reading = try #require(try CatalogInput.readTables(folder.path("out/" + name), sink: sink))
            #expect(sink.diagnostics.isEmpty && reading.diagnostics.isEmpty, "\(name): \(sink.diagnostics + reading.diagnostics)")
            #expect(reading.document == catalogue, "\(name)")
        }
    }

    /// The problems of `tables` written as `form`, read as `--catalog` reads them.
    static func problems(of tables: [CatalogTable], as form: String, name: String) throws -> (catalog: Catalog?, problems: [String]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try CatalogueFiles.write(tables, as: form, to: name, in: folder)
        let sink = DiagnosticSink()
        let catalog = try CatalogInput.read(path, sink: sink)
        let prefix = folder.url.path + "/"
        return (catalog, sink.diagnostics.map { "\($0.location) [\($0.ruleID)]".replacingOccurrences(of: prefix, with: "") })
    }

    @Test func plantedMistakesAreLocatedAtTheirCells() throws {
        var tables = try CatalogueFiles.demoTables()
        // The scarf (Products row 3): 09521234000280's check digit is 0, not 1.
        tables = CatalogueFiles.replacing(tables, sheet: "Products", row: 1, key: "gtin", with: .text("09521234000281"))
        // The first fibre row (Fibres row 2) names a product that does not exist.
        tables = CatalogueFiles.replacing(tables, sheet: "Fibres", row: 0, key: "sku", with: .text("KC-NOPE"))
        // The second (Fibres row 3, the scarf's cashmere): a percentage as text.
        tables = CatalogueFiles.replacing(tables, sheet: "Fibres", row: 1, key: "percent", with: .text("seventy %"))
        let workbook = try Self.problems(of: tables, as: "xlsx-en", name: "catalogue.xlsx")
        #expect(workbook.catalog == nil)
        #expect(
            workbook.problems == [
                "catalogue.xlsx (Fibres!A2, column \"SKU * (sku)\") [CATALOG-ROW-PARENT]",
                "catalogue.xlsx (Fibres!D3, column \"Percent * (percent)\") [CATALOG-CELL-VALUE]",
                // The sweater's one component has lost its one fibre row: at the component's row.
                "catalogue.xlsx (Components!A2, column \"SKU * (sku)\") [CATALOG-MISSING-FIELD]",
                "catalogue.xlsx (Products!B3, column \"GTIN * (gtin)\") [GS1-CHECK-DIGIT]",
            ])
        let csv = try Self.problems(of: tables, as: "csv-excel-eu", name: "catalogue")
        #expect(
            csv.problems == [
                "catalogue/fibres.csv:2 (column \"SKU * (sku)\") [CATALOG-ROW-PARENT]",
                "catalogue/fibres.csv:3 (column \"Percent * (percent)\") [CATALOG-CELL-VALUE]",
                "catalogue/components.csv:2 (column \"SKU * (sku)\") [CATALOG-MISSING-FIELD]",
                "catalogue/products.csv:3 (column \"GTIN * (gtin)\") [GS1-CHECK-DIGIT]",
            ])
    }

    @Test func generateReportsAWorkbooksMistakeAtItsCellAndPublishesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The scarf (Products row 3): 09521234000280's check digit is 0, not 1.
        let tables = CatalogueFiles.replacing(try CatalogueFiles.demoTables(), sheet: "Products", row: 1, key: "gtin", with: .text("09521234000281"))
        let catalog = try CatalogueFiles.write(tables, as: "xlsx-mn", to: "catalogue.xlsx", in: folder)
        let result = try Self.generate(catalog: catalog, out: folder.path("site"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(catalog) (Бүтээгдэхүүн!B3, column \"GTIN * (gtin)\"): error: "), "\(result.stderr)")
        #expect(result.stderr.contains("[GS1-CHECK-DIGIT]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test func labelsTakeTheCatalogueAsCSVFilesToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let catalog = try CatalogueFiles.write(try CatalogueFiles.demoTables(), as: "csv", to: "catalogue", in: folder)
        for (name, path) in [("json", DemoFixtures.file("catalog.json").path), ("csv", catalog)] {
            let result = try DPPProcess.run([
                "labels", "--catalog", path, "--events", Self.events, "--out", folder.path("labels-" + name), "--at", "2026-09-01",
            ])
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        let files = folder.files(under: "labels-json")
        #expect(files.contains { $0.hasSuffix(".pdf") })
        #expect(files == folder.files(under: "labels-csv"))
        for file in files {
            let json = FileManager.default.contents(atPath: folder.path("labels-json/" + file))
            #expect(json == FileManager.default.contents(atPath: folder.path("labels-csv/" + file)), "\(file) differs")
        }
    }

    @Test func aWorkbookThatIsNotOneAndAnEmptyFolderAreReportedNotRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sink = DiagnosticSink()
        #expect(try CatalogInput.read(try folder.write("catalogue.xlsx", "name,gtin\n"), sink: sink) == nil)
        #expect(sink.diagnostics.map(\.ruleID) == ["SHEET-ZIP-MALFORMED"])
        #expect(sink.diagnostics.first?.location.file == folder.path("catalogue.xlsx"))
        try FileManager.default.createDirectory(at: folder.file("empty"), withIntermediateDirectories: true)
        let empty = DiagnosticSink()
        #expect(try CatalogInput.read(folder.path("empty"), sink: empty) == nil)
        #expect(empty.diagnostics.filter { $0.ruleID == "CATALOG-SHEET-MISSING" }.count == 4)
        #expect(empty.diagnostics.allSatisfy { $0.location.file == folder.path("empty") })
    }
}
