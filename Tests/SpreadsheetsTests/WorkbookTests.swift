import Diagnostics
import Foundation
import Spreadsheets
import TestSupport
import Testing

/// Workbooks written by openpyxl and by hand (Python's zipfile) read back cell by cell as the
/// writer meant them: the sheets in order with their visibility, every cell's type and value
/// (and formula), no cell more, and the merged ranges.
@Suite(.enabled(if: GeneratedFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"))
struct WorkbookTests {
    @Test(arguments: ["openpyxl.xlsx", "openpyxl-1904.xlsx", "hand.xlsx"])
    func everyCellReadsAsWritten(name: String) throws {
        let workbook = try Workbook(bytes: try GeneratedFiles.bytes(name), source: name)
        try Self.expectWorkbook(workbook, equals: try #require(try GeneratedFiles.expected(name) as? [String: Any]), name: name)
    }

    /// openpyxl writes formulas with no cached value: the cells are there with no value, never evaluated.
    @Test func formulasWithoutCachedValuesHaveNoValue() throws {
        let workbook = try Workbook(bytes: try GeneratedFiles.bytes("formulas.xlsx"), source: "formulas.xlsx")
        let sheet = try #require(workbook.sheet(named: "Sums"))
        #expect(Set(sheet.cells.keys.map(\.description)) == ["A1", "A2"])
    }

    @Test func mergedCellsShowTheTopLeftValueAndCellsAreLocated() throws {
        let workbook = try Workbook(bytes: try GeneratedFiles.bytes("openpyxl.xlsx"), source: "catalogue.xlsx")
        let sheet = try #require(workbook.sheet(named: "Products"))
        #expect(sheet.displayedValue(at: try #require(CellReference("D7"))) == .text("merged"))
        #expect(sheet.displayedValue(at: try #require(CellReference("E7"))) == nil)
        #expect(sheet.location(of: try #require(CellReference("C7"))).description == "catalogue.xlsx (Products!C7)")
        #expect(sheet.row(2).map(\.reference.description) == ["A2", "B2", "D2", "E2", "F2", "G2"])
    }

    @Test func sheetsWithRowsBeyondTheLimitAreRefused() throws {
        let bytes = try GeneratedFiles.bytes("openpyxl.xlsx")
        #expect(try Workbook(bytes: bytes, source: "c.xlsx", maximumRows: 7).sheets.count == 3)
        let refused = #expect(throws: Diagnostic.self) { try Workbook(bytes: bytes, source: "c.xlsx", maximumRows: 6) }
        #expect(refused?.ruleID == "SHEET-ROW-LIMIT")
        #expect(refused?.location == SourceLocation(file: "c.xlsx", part: "Products"))
    }

    /// Compares a workbook with the writer's description in `expected.json`.
    static func expectWorkbook(_ workbook: Workbook, equals expected: [String: Any], name: String) throws {
        #expect(workbook.dateSystem == ((expected["date1904"] as? Bool) == true ? .from1904 : .from1900), "\(name)")
        let sheets = try #require(expected["sheets"] as? [[String: Any]])
        #expect(workbook.sheets.map(\.name) == sheets.compactMap { $0["name"] as? String }, "\(name)")
        for (sheet, description) in zip(workbook.sheets, sheets) {
            #expect(sheet.visibility.rawValue == description["visibility"] as? String, "\(name) \(sheet.name)")
            #expect(sheet.mergedRanges.map(\.description) == description["merged"] as? [String], "\(name) \(sheet.name)")
            let cells = try #require(description["cells"] as? [String: [Any]])
            #expect(Set(sheet.cells.keys.map(\.description)) == Set(cells.keys), "\(name) \(sheet.name)")
            for (reference, value) in cells {
                let cell = try #require(sheet[reference], "\(name) \(sheet.name)!\(reference)")
                #expect(cell.value == (try Self.value(value)), "\(name) \(sheet.name)!\(reference)")
                #expect(cell.formula == (value.count > 2 ? value[2] as? String : nil), "\(name) \(sheet.name)!\(reference)")
            }
        }
    }

    /// The cell value of `["type", value]`.
    static func value(_ description: [Any]) throws -> CellValue {
        switch description[0] as? String {
        case "text": return .text(try #require(description[1] as? String))
        case "number": return .number(try #require((description[1] as? NSNumber)?.doubleValue))
        case "boolean": return .boolean(try #require(description[1] as? Bool))
        case "error": return .error(try #require(description[1] as? String))
        case "date": return .date(try Self.date(try #require(description[1] as? String)))
        default: throw GeneratedFiles.Failure(description: "unknown cell type in \(description)")
        }
    }

    /// The date of `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
    static func date(_ text: String) throws -> CellDate {
        let numbers = text.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        let seconds = numbers.count == 6 ? numbers[3] * 3600 + numbers[4] * 60 + numbers[5] : 0
        return CellDate(year: numbers[0], month: numbers[1], day: numbers[2], millisecondsOfDay: seconds * 1000)
    }
}
