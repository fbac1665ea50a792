import Diagnostics
import Foundation
import Pipeline
import Spreadsheets
import TestSupport
import Testing
import Traceability

/// The demo's step rows saved again by LibreOffice Calc (imported with every column as text, as a
/// bookkeeper must so that GTINs keep their leading zero and 18-digit SSCCs their last digits)
/// give the same events: as CSV with `;`, as UTF-16 CSV, and as an `.xlsx` workbook.
@Suite(.requiring(tool: "soffice", debianPackage: "libreoffice-calc-nogui"), .serialized)
struct StepRowsLibreOfficeTests {
    /// The CSV import options: `,` and `"`, UTF-8, from line 1, and each of the 33 columns as
    /// text (format 2), but for the columns in `formats` (1: standard, so numbers; 5: a YMD date).
    static func importOptions(_ formats: [Int: Int] = [:]) -> String {
        "CSV:44,34,76,1," + (1...StepColumn.allCases.count).map { "\($0)/\(formats[$0] ?? 2)" }.joined(separator: "/")
    }

    /// `source` converted by LibreOffice with the export filter `filter`, imported with
    /// `importOptions`; the bytes of the file it writes.
    static func converted(_ source: URL, filter: String, importOptions: String = importOptions(), into folder: TemporaryFolder) throws
        -> [UInt8]
    {
        let result = try OutsideTool.run(
            "soffice",
            [
                "-env:UserInstallation=file://" + folder.path("profile"), "--headless", "--infilter=" + importOptions, "--convert-to", filter,
                "--outdir", folder.path("out"), source.path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let extensionName = filter.hasPrefix("xlsx") ? "xlsx" : "csv"
        let name = source.deletingPathExtension().lastPathComponent + "." + extensionName
        return [UInt8](try Data(contentsOf: folder.file("out/" + name)))
    }

    /// LibreOffice 7.4 (Debian 12's) writes no byte-order mark into UTF-8 CSV (the option came in
    /// 7.6), so the mark Excel writes is added here; its UTF-16 export writes its own mark.
    @Test func aSemicolonCSVWithAByteOrderMarkGivesTheSameEvents() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = try Self.converted(DemoFixtures.file("steps.csv"), filter: "csv:Text - txt - csv (StarCalc):59,34,76,1", into: folder)
        #expect(Array(bytes.prefix(7)) == Array("\"event ".utf8))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\";\"date\";\""))
        let result = StepRows.read([0xEF, 0xBB, 0xBF] + bytes, source: "steps.csv")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        try StepRowsTests.expectDemoEvents(result.events, "LibreOffice's ; CSV with a BOM")
    }

    @Test func aUTF16CSVWithLibreOfficesByteOrderMarkGivesTheSameEvents() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = try Self.converted(DemoFixtures.file("steps.csv"), filter: "csv:Text - txt - csv (StarCalc):59,34,65535,1", into: folder)
        #expect(Array(bytes.prefix(2)) == [0xFF, 0xFE])
        let result = StepRows.read(bytes, source: "steps.csv")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        try StepRowsTests.expectDemoEvents(result.events, "LibreOffice's UTF-16 CSV")
    }

    /// In the workbook the dates are date cells and the quantities and test statistics numbers
    /// (columns 2, 9 and 29 to 32 imported as such), the rest text.
    @Test func theStepsSavedAsAWorkbookWithDateAndNumberCellsGiveTheSameEvents() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let formats = [2: 5, 9: 1, 29: 1, 30: 1, 31: 1, 32: 1]
        let bytes = try Self.converted(
            DemoFixtures.file("steps.csv"), filter: "xlsx", importOptions: Self.importOptions(formats), into: folder)
        let sheet = try #require(try Workbook(bytes: bytes, source: "steps.xlsx").sheets.first)
        #expect(sheet["B2"]?.value == .date(CellDate(year: 2025, month: 4, day: 20, millisecondsOfDay: 11 * 3_600_000)))
        #expect(sheet["I2"]?.value == .number(350))
        #expect(sheet["AC34"]?.value == .number(15.8))
        let result = StepRows.read(bytes, source: "steps.xlsx")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        try StepRowsTests.expectDemoEvents(result.events, "LibreOffice's workbook")
    }

    /// In a workbook a problem is located by its sheet and cell: the unknown lot of line 3 is in C3.
    @Test func aProblemInAWorkbookIsLocatedByItsSheetAndCell() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var rows = StepRowErrorTests.rows
        rows[1][2] = "LX:400"
        let source = try folder.write("steps.csv", bytes: StepRowsTests.csv(StepRowErrorTests.header, rows))
        let bytes = try Self.converted(URL(fileURLWithPath: source), filter: "xlsx", into: folder)
        let result = StepRows.read(bytes, source: "steps.xlsx")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["STEP-LOT-UNKNOWN"])
        #expect(errors.first?.location.description == "steps.xlsx (steps!C3, column \"input lots\")")
        #expect(result.diagnostics.first?.location.description == "steps.xlsx (steps!H1)")
    }
}
