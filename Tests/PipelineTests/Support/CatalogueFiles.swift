import CatalogTables
import Foundation
import JSONCore
import TestSupport

/// Catalogue tables written as a spreadsheet program would: `Support/write_catalogue.py` writes
/// them with openpyxl (a workbook) or Python's csv (a folder of CSV files).
enum CatalogueFiles {
    /// Whether Python with openpyxl can write the workbooks.
    static let openpyxlIsInstalled: Bool = {
        (try? OutsideTool.run("python3", ["-c", "import openpyxl"]).status) == 0
    }()

    /// The tables of the demo catalogue.
    static func demoTables() throws -> [CatalogTable] {
        try CatalogTables(catalogue: try JSONParser().parse(try DemoFixtures.bytes("catalog.json")), file: "catalog.json").tables
    }

    /// The forms `write_catalogue.py` writes, with the name of the file or folder of each.
    static let forms = [("xlsx-en", "catalogue.xlsx"), ("xlsx-mn", "catalogue-mn.xlsx"), ("csv", "catalogue-csv"), ("csv-excel-eu", "catalogue-eu")]

    /// Writes `tables` as `form` (`xlsx-en`, `xlsx-mn`, `csv`, `csv-excel-eu`) to `name` in `folder`; returns its path.
    static func write(_ tables: [CatalogTable], as form: String, to name: String, in folder: TemporaryFolder) throws -> String {
        let dump = try folder.write(name + ".tables.json", bytes: JSONWriter().bytes(json(of: tables)))
        let script = PackageFolders.root.appendingPathComponent("Tests/PipelineTests/Support/write_catalogue.py").path
        let result = try OutsideTool.run("python3", [script, dump, folder.path(name), form])
        guard result.status == 0 else { throw Failure(description: "write_catalogue.py failed: \(result.stderr)") }
        return folder.path(name)
    }

    /// `tables` with the cell of column `key` in row `row` (0 is the first after the headers) of `sheet` set to `value`.
    static func replacing(_ tables: [CatalogTable], sheet: String, row: Int, key: String, with value: TableValue?) -> [CatalogTable] {
        tables.map { table in
            guard table.sheet.english == sheet, let column = table.sheet.columns.firstIndex(where: { $0.key == key }) else { return table }
            var rows = table.rows
            rows[row][column] = value
            return CatalogTable(sheet: table.sheet, rows: rows)
        }
    }

    /// The tables as `write_catalogue.py` reads them.
    private static func json(of tables: [CatalogTable]) -> JSONValue {
        .object([
            "sheets": .array(
                tables.map { table in
                    .object([
                        "names": .object([
                            "en": .string(table.sheet.english), "mn": .string(table.sheet.mongolian), "csv": .string(table.sheet.csvFileName),
                        ]),
                        "headers": .object([
                            "en": .array(table.headers(in: .english).map(JSONValue.string)),
                            "mn": .array(table.headers(in: .mongolian).map(JSONValue.string)),
                        ]),
                        "rows": .array(table.rows.map { .array($0.map(json(of:))) }),
                    ])
                })
        ])
    }

    /// `[kind, value for a workbook, field for a CSV file]`, or null for an empty cell.
    private static func json(of cell: TableValue?) -> JSONValue {
        guard let cell else { return .null }
        let csv = JSONValue.string(cell.csvField)
        return switch cell {
        case .text(let text): ["text", .string(text), csv]
        case .number(let number): ["number", .string(number.description), csv]
        case .boolean(let flag): ["boolean", .bool(flag), csv]
        case .date(let date): ["date", .string(date.description), csv]
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
