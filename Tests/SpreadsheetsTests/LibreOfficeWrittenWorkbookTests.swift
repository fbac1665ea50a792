import Foundation
import Spreadsheets
import TestSupport
import Testing

/// The writer's workbook saved again by LibreOffice Calc (`soffice --headless --convert-to xlsx`)
/// reads back as drafted, and its first sheet exported as CSV holds the values as drafted, with
/// what LibreOffice changes on the way, each checked by hand in its output: a very hidden sheet
/// becomes hidden, `\r\n` in text becomes `\n`, booleans and error values become the formulas
/// `TRUE()`, `FALSE()` and `#N/A` (with the same values), the frozen header row is lost
/// (headless LibreOffice keeps no view settings: openpyxl's own frozen rows are lost the same way),
/// the date formats are spelled with escaped separators (`yyyy\-mm\-dd`), a column with no width
/// gets LibreOffice's default (9.14), and a drop-down's default error style is written (`stop`).
@Suite(
    .enabled(if: GeneratedFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"),
    .requiring(tool: "soffice", debianPackage: "libreoffice-calc-nogui"))
struct LibreOfficeWrittenWorkbookTests {
    /// The folder of `w.xlsx` as written, `out/w.xlsx` as LibreOffice saves it and `csv/w.csv`,
    /// in `.build/spreadsheets-writer-files/` (emptied at each run), converted once for the suite.
    static let converted: Result<URL, GeneratedFiles.Failure> = {
        do {
            let folder = PackageFolders.root.appendingPathComponent(".build/spreadsheets-writer-files")
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let workbook = folder.appendingPathComponent("w.xlsx")
            try Data(try WorkbookWriter.bytes(of: WrittenWorkbook.draft, source: "w.xlsx")).write(to: workbook)
            let profile = "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path
            // CSV filter options: `,` (44) as the delimiter, `"` (34) around text, UTF-8 (76), from row 1.
            for (filter, output) in [("xlsx", "out"), ("csv:Text - txt - csv (StarCalc):44,34,76,1", "csv")] {
                let result = try OutsideTool.run(
                    "soffice", [profile, "--headless", "--convert-to", filter, "--outdir", folder.appendingPathComponent(output).path, workbook.path])
                guard result.status == 0 else { return .failure(GeneratedFiles.Failure(description: "soffice failed: \(result.stderr)")) }
            }
            return .success(folder)
        } catch {
            return .failure(GeneratedFiles.Failure(description: "\(error)"))
        }
    }()

    @Test func everyCellReadsBackAfterLibreOffice() throws {
        let file = try Self.converted.get().appendingPathComponent("out/w.xlsx")
        let workbook = try Workbook(bytes: [UInt8](try Data(contentsOf: file)), source: "w.xlsx")
        #expect(workbook.sheets.map(\.name) == [WrittenWorkbook.productsName, WrittenWorkbook.listsName, "Internal"])
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden, .hidden])
        var expected = WrittenWorkbook.values(of: WrittenWorkbook.draft)
        expected[WrittenWorkbook.productsName]?["B3"] = .text("line 1\nline 2\nline 3\ttab")
        for sheet in workbook.sheets {
            let cells = try #require(expected[sheet.name])
            #expect(Set(sheet.cells.keys.map(\.description)) == Set(cells.keys), "\(sheet.name)")
            for (reference, value) in cells { #expect(sheet[reference]?.value == value, "\(sheet.name)!\(reference)") }
        }
    }

    @Test func openpyxlReadsLibreOfficesCopyWithTheStylesAndTheDropDown() throws {
        let file = try Self.converted.get().appendingPathComponent("out/w.xlsx")
        let dump = try WorkbookWriterTests.openpyxlDump(file.path)
        let sheets = try #require(dump["sheets"] as? [[String: Any]])
        try #require(sheets.count == 3)
        var products = WorkbookWriterTests.expectedProducts
        products["freeze"] = .some(nil)
        var columns = try #require(products["columns"] as? [String: [Any?]])
        columns["F"] = [20, "yyyy\\-mm\\-dd"]
        columns["G"] = [9.14, "@"]
        products["columns"] = columns
        var validations = try #require(products["validations"] as? [[String: Any?]])
        validations[0]["errorStyle"] = "stop"
        products["validations"] = validations
        var cells = try #require(products["cells"] as? [String: [Any?]])
        cells["B3"] = ["s", "line 1\nline 2\nline 3\ttab", false, nil, "General"]
        cells["E2"] = ["f", "=TRUE()", false, nil, "General"]
        cells["E3"] = ["f", "=FALSE()", false, nil, "General"]
        cells["B6"] = ["f", "=#N/A", false, nil, "General"]
        cells["F2"] = ["d", "2024-02-29T00:00:00", false, nil, "yyyy\\-mm\\-dd"]
        cells["F3"] = ["d", "2023-12-31T18:30:15", false, nil, "yyyy\\-mm\\-dd\\ hh:mm:ss"]
        cells["F5"] = ["d", "1900-03-01T00:00:00", false, nil, "yyyy\\-mm\\-dd"]
        products["cells"] = cells
        try WorkbookWriterTests.expectSheet(sheets[0], equals: products)
        try WorkbookWriterTests.expectSheet(sheets[1], equals: WorkbookWriterTests.expectedLists)
    }

    @Test func theFirstSheetExportedAsCSVHoldsTheValues() throws {
        let file = try Self.converted.get().appendingPathComponent("csv/w.csv")
        let table = try CSVTable(bytes: [UInt8](try Data(contentsOf: file)), source: "w.csv")
        // The empty styled header G1 is no column of the CSV; the empty row 4 is a row of empty fields.
        #expect(table.header == ["GTIN", "Нэр / name", "Fibre", "Share %", "Active", "Made on"])
        #expect(
            table.rows.map(\.fields) == [
                ["09524000000018", "Ноолууран цамц, \"classic\" & <new>", "Ноолуур", "100", "TRUE", "2024-02-29"],
                [" leading and trailing ", "line 1\nline 2\nline 3\ttab", "Yak's down", "1250.75", "FALSE", "2023-12-31 18:30:15"],
                ["", "", "", "", "", ""],
                ["", "", "", "-0.0125", "", "1900-03-01"],
                ["Ноолуур", "#N/A", "_x0041_ stays as typed", "", "", ""],
            ])
    }
}
