import Diagnostics
import Foundation
import Spreadsheets
import TestSupport
import Testing

/// Workbooks the writer makes read back as drafted: through our reader cell by cell, through
/// openpyxl (values, types, states, frozen panes, columns, styles, formats, drop-downs, each expected
/// value written here by hand), with zipfile and `unzip -t` accepting the container; the same
/// draft gives the same bytes; and what Excel would not open is refused, located.
@Suite struct WorkbookWriterTests {
    @Test func everyCellReadsBackThroughOurReader() throws {
        let workbook = try Workbook(bytes: try WorkbookWriter.bytes(of: WrittenWorkbook.draft, source: "w.xlsx"), source: "w.xlsx")
        #expect(workbook.dateSystem == .from1900)
        #expect(workbook.sheets.map(\.name) == [WrittenWorkbook.productsName, WrittenWorkbook.listsName, "Internal"])
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        let expected = WrittenWorkbook.values(of: WrittenWorkbook.draft)
        for sheet in workbook.sheets {
            let cells = try #require(expected[sheet.name])
            #expect(Set(sheet.cells.keys.map(\.description)) == Set(cells.keys), "\(sheet.name)")
            for (reference, value) in cells { #expect(sheet[reference]?.value == value, "\(sheet.name)!\(reference)") }
            #expect(sheet.cells.values.allSatisfy { $0.formula == nil })
        }
        // Spelled out once by hand: the date-time and the empty styled header, which has no value.
        let products = try #require(workbook.sheet(named: WrittenWorkbook.productsName))
        #expect(products["F3"]?.value == .date(CellDate(year: 2023, month: 12, day: 31, millisecondsOfDay: 66_615_000)))
        #expect(products["G1"] == nil)
        #expect(products["B3"]?.value == .text("line 1\nline 2\r\nline 3\ttab"))
    }

    /// Numbers are written as the shortest text that reads back as the same double, whole numbers without a fraction.
    @Test func everyDoubleReadsBackExactly() throws {
        let numbers = [1e-5, 1e20, 0.1 + 0.2, 123_456_789_012_345_678, 999_999_999_999_999, -1e15, .greatestFiniteMagnitude, 5e-324, -0.0]
        let draft = WorkbookDraft(sheets: [SheetDraft(name: "Numbers", rows: numbers.map { [CellDraft(.number($0))] })])
        let sheet = try #require(try Workbook(bytes: try WorkbookWriter.bytes(of: draft, source: "n.xlsx"), source: "n.xlsx").sheets.first)
        for (row, number) in numbers.enumerated() {
            #expect(sheet["A\(row + 1)"]?.value == .number(number), "\(number)")
        }
    }

    @Test func theSameDraftGivesTheSameBytes() throws {
        let first = try WorkbookWriter.bytes(of: WrittenWorkbook.draft, source: "w.xlsx")
        #expect(first == (try WorkbookWriter.bytes(of: WrittenWorkbook.draft, source: "w.xlsx")))
        var changed = WrittenWorkbook.draft
        changed.sheets[2].rows = [[CellDraft(.number(8))]]
        #expect(first != (try WorkbookWriter.bytes(of: changed, source: "w.xlsx")))
    }

    /// The container holds the parts SpreadsheetML needs, in the order written, and zipfile and `unzip -t` find no error.
    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func theContainerHasItsPartsAndPassesZipChecks() throws {
        let bytes = try WorkbookWriter.bytes(of: WrittenWorkbook.draft, source: "w.xlsx")
        #expect(
            try ZipArchive(bytes: bytes, source: "w.xlsx").entries.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
            ])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("w.xlsx", bytes: bytes)
        let zipfile = try OutsideTool.run("python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())", path])
        #expect(zipfile.stdout == "None\n", "\(zipfile.stderr)")
        if OutsideTool.isInstalled("unzip") {
            #expect(try OutsideTool.run("unzip", ["-tq", path]).status == 0)
        }
    }

    @Test(.enabled(if: GeneratedFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"))
    func openpyxlReadsTheWorkbookAsDrafted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("w.xlsx", bytes: try WorkbookWriter.bytes(of: WrittenWorkbook.draft, source: "w.xlsx"))
        let dump = try Self.openpyxlDump(path)
        #expect(dump["epoch"] as? String == "1899-12-30T00:00:00")
        let sheets = try #require(dump["sheets"] as? [[String: Any]])
        try #require(sheets.count == 3)
        try Self.expectSheet(sheets[0], equals: Self.expectedProducts)
        try Self.expectSheet(sheets[1], equals: Self.expectedLists)
        try Self.expectSheet(
            sheets[2],
            equals: [
                "name": "Internal", "state": "veryHidden", "freeze": nil, "columns": [:], "cells": ["A1": ["n", 7, false, nil, "General"]],
                "validations": [],
            ])
    }

    /// The products sheet as openpyxl reads it, written by hand: cells are [type, value, bold, fill, number format],
    /// columns [width, number format]. Text and empty styled cells take their column's Text format (`@`);
    /// column G has no width, and openpyxl gives it its own default, 13.
    static var expectedProducts: [String: Any?] {
        [
            "name": "Бүтээгдэхүүн", "state": "visible", "freeze": "A2",
            "columns": [
                "A": [16, "@"], "B": [30, "General"], "C": [12, "General"], "D": [10, "General"], "E": [9.5, "General"],
                "F": [20, "yyyy-mm-dd"], "G": [13, "@"],
            ] as [String: [Any?]],
            "cells": [
                "A1": ["s", "GTIN", true, "FFFFF2CC", "@"], "B1": ["s", "Нэр / name", true, "FFFFF2CC", "General"],
                "C1": ["s", "Fibre", true, nil, "General"], "D1": ["s", "Share %", true, nil, "General"],
                "E1": ["s", "Active", true, nil, "General"],
                "F1": ["s", "Made on", true, nil, "General"], "G1": ["n", nil, true, "FFFFF2CC", "@"],
                "A2": ["s", "09524000000018", false, nil, "@"], "B2": ["s", "Ноолууран цамц, \"classic\" & <new>", false, nil, "General"],
                "C2": ["s", "Ноолуур", false, nil, "General"], "D2": ["n", 100, false, nil, "General"], "E2": ["b", true, false, nil, "General"],
                "F2": ["d", "2024-02-29T00:00:00", false, nil, "yyyy-mm-dd"],
                "A3": ["s", " leading and trailing ", false, nil, "@"], "B3": ["s", "line 1\nline 2\r\nline 3\ttab", false, nil, "General"],
                "C3": ["s", "Yak's down", false, nil, "General"], "D3": ["n", 1250.75, false, nil, "General"],
                "E3": ["b", false, false, nil, "General"], "F3": ["d", "2023-12-31T18:30:15", false, nil, "yyyy-mm-dd hh:mm:ss"],
                "D5": ["n", -0.0125, false, nil, "General"], "F5": ["d", "1900-03-01T00:00:00", false, nil, "yyyy-mm-dd"],
                "A6": ["s", "Ноолуур", false, nil, "@"], "B6": ["e", "#N/A", false, nil, "General"],
                "C6": ["s", "_x0041_ stays as typed", false, nil, "General"],
            ] as [String: [Any?]],
            "validations": [
                [
                    "type": "list", "errorStyle": nil, "sqref": "C2:C1000", "formula1": "'Lists & Fibre''s'!$A$1:$A$3", "allowBlank": true,
                    "showErrorMessage": true, "showInputMessage": true, "promptTitle": "Fibre",
                    "prompt": "Choose the fibre from the list / Жагсаалтаас сонгоно уу", "errorTitle": "Not a fibre",
                    "error": "Choose a fibre from the list",
                ],
                [
                    "type": "list", "errorStyle": "warning", "sqref": "G2:G1000", "formula1": "'Lists & Fibre''s'!$A$1:$A$3", "allowBlank": true,
                    "showErrorMessage": true, "showInputMessage": false, "promptTitle": nil, "prompt": nil, "errorTitle": nil, "error": nil,
                ],
            ] as [[String: Any?]],
        ]
    }

    static var expectedLists: [String: Any?] {
        [
            "name": "Lists & Fibre's", "state": "hidden", "freeze": nil, "columns": [:] as [String: Any],
            "cells": [
                "A1": ["s", "Ноолуур", false, nil, "General"], "A2": ["s", "Wool", false, nil, "General"],
                "A3": ["s", "Yak's down", false, nil, "General"],
            ] as [String: [Any?]],
            "validations": [] as [[String: Any]],
        ]
    }

    /// What `Support/dump_workbook.py` (openpyxl) reads in the workbook at `path`.
    static func openpyxlDump(_ path: String) throws -> [String: Any] {
        let script = PackageFolders.root.appendingPathComponent("Tests/SpreadsheetsTests/Support/dump_workbook.py").path
        let result = try OutsideTool.run("python3", [script, path])
        guard result.status == 0 else { throw GeneratedFiles.Failure(description: "dump_workbook.py failed: \(result.stderr)") }
        return try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
    }

    /// Compares a sheet of the dump with its expected description, member by member.
    static func expectSheet(_ sheet: [String: Any], equals expected: [String: Any?]) throws {
        let name = expected["name"] as? String ?? "?"
        #expect(sheet["name"] as? String == name)
        #expect(sheet["state"] as? String == expected["state"] as? String, "\(name)")
        #expect(sheet["freeze"] as? String == expected["freeze"] as? String, "\(name)")
        #expect(Self.json(sheet["columns"]) == Self.json(expected["columns"] ?? nil), "\(name)")
        let cells = try #require(sheet["cells"] as? [String: [Any]])
        let expectedCells = try #require(expected["cells"] as? [String: [Any?]])
        #expect(Set(cells.keys) == Set(expectedCells.keys), "\(name)")
        for (reference, cell) in expectedCells {
            #expect(Self.json(cells[reference]) == Self.json(cell), "\(name)!\(reference)")
        }
        #expect(Self.json(sheet["validations"]) == Self.json(expected["validations"] ?? nil), "\(name)")
    }

    /// `value` as canonical JSON text (sorted keys, `nil` as null), so that JSON values compare whatever their Swift types.
    static func json(_ value: Any?) -> String {
        func normalized(_ value: Any?) -> Any {
            switch value {
            case nil: return NSNull()
            case let array as [Any?]: return array.map(normalized)
            case let dictionary as [String: Any?]: return dictionary.mapValues(normalized)
            case let some?: return some
            }
        }
        let data = try? JSONSerialization.data(withJSONObject: normalized(value), options: [.sortedKeys, .fragmentsAllowed])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "(not JSON)"
    }
}
