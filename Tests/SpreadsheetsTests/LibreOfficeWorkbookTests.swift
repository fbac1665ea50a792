import Foundation
import Spreadsheets
import TestSupport
import Testing

/// The same workbooks saved again by LibreOffice Calc (`soffice --headless --convert-to xlsx`)
/// read back as the writer meant them, with what LibreOffice changes on the way, each checked
/// by hand in its output: it keeps no "very hidden" state (such sheets are hidden), it writes
/// booleans as the formulas `TRUE()` and `FALSE()`, it calculates the formulas openpyxl left
/// without a cached value, and a date-typed cell (`t="d"`) with no date style becomes its serial number.
@Suite(
    .enabled(if: GeneratedFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"),
    .requiring(tool: "soffice", debianPackage: "libreoffice-calc-nogui"))
struct LibreOfficeWorkbookTests {
    /// The workbooks as LibreOffice saves them, converted once for the suite (beside the generated files, in `libreoffice/`).
    static let converted: Result<URL, GeneratedFiles.Failure> = {
        do {
            let folder = try GeneratedFiles.file("libreoffice")
            let names = ["openpyxl.xlsx", "openpyxl-1904.xlsx", "formulas.xlsx", "hand.xlsx"]
            let result = try OutsideTool.run(
                "soffice",
                [
                    "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path, "--headless", "--convert-to", "xlsx", "--outdir",
                    folder.appendingPathComponent("out").path,
                ]
                    + names.map { try GeneratedFiles.file($0).path })
            guard result.status == 0 else { return .failure(GeneratedFiles.Failure(description: "soffice failed: \(result.stderr)")) }
            return .success(folder)
        } catch {
            return .failure(GeneratedFiles.Failure(description: "\(error)"))
        }
    }()

    @Test(arguments: ["openpyxl.xlsx", "openpyxl-1904.xlsx", "formulas.xlsx", "hand.xlsx"])
    func everyCellReadsAsWrittenAfterLibreOffice(name: String) throws {
        let file = try Self.converted.get().appendingPathComponent("out/" + name)
        let workbook = try Workbook(bytes: [UInt8](try Data(contentsOf: file)), source: name)
        var expected = try #require(try GeneratedFiles.expected(name) as? [String: Any])
        expected["sheets"] = try #require(expected["sheets"] as? [[String: Any]]).map(Self.asLibreOfficeSavesIt)
        try WorkbookTests.expectWorkbook(workbook, equals: expected, name: "\(name) saved by LibreOffice")
    }

    /// A sheet exported by LibreOffice as CSV with `;` (filter options: `;`, `"`, UTF-8, from row 1)
    /// reads as the rows Python wrote; a quoted field keeps its line break, so the rows' lines are 2, 3 and 5.
    @Test func aSheetExportedAsSemicolonCSVReadsAsWritten() throws {
        let folder = try Self.converted.get()
        let result = try OutsideTool.run(
            "soffice",
            [
                "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path, "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1",
                "--outdir", folder.appendingPathComponent("csv").path, try GeneratedFiles.file("steps.xlsx").path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try #require(try GeneratedFiles.expected("csv") as? [String: Any])
        let table = try CSVTable(bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent("csv/steps.csv"))), source: "steps.csv")
        #expect(table.delimiter == ";")
        #expect(table.header == expected["header"] as? [String])
        #expect(table.rows.map(\.fields) == expected["rows"] as? [[String]])
        #expect(table.rows.map(\.line) == expected["lines"] as? [Int])
    }

    /// The sheet description with LibreOffice's changes made.
    static func asLibreOfficeSavesIt(_ sheet: [String: Any]) -> [String: Any] {
        var sheet = sheet
        if sheet["visibility"] as? String == "veryHidden" { sheet["visibility"] = "hidden" }
        var cells = sheet["cells"] as? [String: [Any]] ?? [:]
        for (reference, cell) in cells {
            if cell[0] as? String == "boolean", cell.count == 2, let value = cell[1] as? Bool {
                cells[reference] = cell + [value ? "TRUE()" : "FALSE()"]
            }
            // hand.xlsx's C3, `2024-05-01T08:15:00` typed `d` with no style: serial 45,413 is 2024-05-01, and 08:15 is 0.34375 of a day.
            if cell[0] as? String == "date", cell[1] as? String == "2024-05-01T08:15:00" { cells[reference] = ["number", 45_413.343_75] }
        }
        sheet["cells"] = cells
        return sheet
    }
}
