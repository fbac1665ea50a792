import Diagnostics
import Spreadsheets

/// A sheet of a workbook or a CSV file as read, before the layout gives it meaning: its header
/// texts and its rows of cells by column, each cell locatable for a diagnostic.
public struct RawTable: Sendable {
    /// Where the table comes from, which decides how its cells are located.
    public enum Origin: Sendable, Hashable {
        /// The sheet `sheet` of the workbook `file`: cells are `Products!C7`.
        case sheet(file: String, sheet: String)
        /// The CSV file `file`: cells are a line and a column's header.
        case csv(file: String)
    }

    /// One row that holds a value: its row number (CSV: the line it starts on) and its cells by column.
    public struct Row: Sendable {
        public let number: Int
        public let cells: [Int: CellValue]

        public init(number: Int, cells: [Int: CellValue]) {
            self.number = number
            self.cells = cells
        }
    }

    /// The sheet's name, or the CSV file's name (`products.csv`), by which the layout's sheet is found.
    public let name: String
    public let origin: Origin
    /// The row (CSV: the line) of the headers.
    public let headerRow: Int
    /// The header texts by column (xlsx: column number, A is 1; CSV: field number, the first is 1).
    public let headers: [Int: String]
    /// The rows after the header that hold at least one value, in order.
    public let rows: [Row]

    public init(name: String, origin: Origin, headerRow: Int, headers: [Int: String], rows: [Row]) {
        self.name = name
        self.origin = origin
        self.headerRow = headerRow
        self.headers = headers
        self.rows = rows
    }

    /// The table of the worksheet `sheet`: its first row that holds a value is the header; a
    /// merged range's value counts for each of its cells.
    public init(sheet: Sheet) {
        let headerRow = sheet.cells.keys.map(\.row).min() ?? 1
        var headers: [Int: String] = [:]
        for cell in sheet.row(headerRow) { headers[cell.reference.column] = Self.text(of: cell.value) }
        var rowNumbers = Set(sheet.cells.keys.map(\.row).filter { $0 > headerRow })
        for range in sheet.mergedRanges where range.last.row > headerRow {
            rowNumbers.formUnion(max(range.first.row, headerRow + 1)...range.last.row)
        }
        let columns = Set(headers.keys).union(sheet.cells.keys.map(\.column))
        var rows: [Row] = []
        for number in rowNumbers.sorted() {
            var cells: [Int: CellValue] = [:]
            for column in columns {
                if let value = sheet.displayedValue(at: CellReference(column: column, row: number)), !Self.isBlank(value) { cells[column] = value }
            }
            if !cells.isEmpty { rows.append(Row(number: number, cells: cells)) }
        }
        self.init(name: sheet.name, origin: .sheet(file: sheet.source, sheet: sheet.name), headerRow: headerRow, headers: headers, rows: rows)
    }

    /// The table of the CSV file `csv`, named `name` (its file name): every field is text.
    public init(csv: CSVTable, name: String) {
        var headers: [Int: String] = [:]
        for (index, text) in csv.header.enumerated() { headers[index + 1] = text }
        let rows = csv.rows.compactMap { row -> Row? in
            var cells: [Int: CellValue] = [:]
            for (index, field) in row.fields.enumerated() where !Self.isBlank(.text(field)) { cells[index + 1] = .text(field) }
            return cells.isEmpty ? nil : Row(number: row.line, cells: cells)
        }
        self.init(name: name, origin: .csv(file: csv.source), headerRow: 1, headers: headers, rows: rows)
    }

    /// Where the table is as a whole: the sheet, or the CSV file.
    public var location: SourceLocation {
        switch origin {
        case .sheet(let file, let sheet): SourceLocation(file: file, part: sheet)
        case .csv(let file): SourceLocation(file: file)
        }
    }

    /// Where the cell of `row` in `column` is: `Products!C7, column "GTIN"`, or line `row` of the
    /// CSV file, column "GTIN".
    public func location(row: Int, column: Int) -> SourceLocation {
        let header = headers[column].map(DiagnosticExcerpt.column)
        switch origin {
        case .sheet(let file, let sheet):
            let cell = "\(sheet)!\(CellReference(column: column, row: row))"
            return SourceLocation(file: file, part: header.map { "\(cell), \($0)" } ?? cell)
        case .csv(let file):
            return SourceLocation(file: file, line: row, part: header ?? "field \(column)")
        }
    }

    /// Where the header row is.
    public var headerLocation: SourceLocation {
        switch origin {
        case .sheet(let file, let sheet): SourceLocation(file: file, part: "\(sheet)!\(headerRow):\(headerRow)")
        case .csv(let file): SourceLocation(file: file, line: headerRow)
        }
    }

    /// Whether a cell holds nothing a reader would use: empty or blank text.
    static func isBlank(_ value: CellValue) -> Bool {
        if case .text(let text) = value { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    /// A header cell's text (a number or date header by its shown form).
    private static func text(of value: CellValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): number.description
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        case .date(let date): date.description
        case .error(let error): error
        }
    }
}

extension RawTable {
    /// The table a writer would make of `table` with headers in `language`, as if read back from
    /// the sheet `table.sheet.name(in: language)` of the workbook `file` (row 1 the headers).
    public init(table: CatalogTable, language: CatalogLanguage, file: String) {
        var headers: [Int: String] = [:]
        for (index, header) in table.headers(in: language).enumerated() { headers[index + 1] = header }
        let rows = table.rows.enumerated().map { number, cells in
            var values: [Int: CellValue] = [:]
            for (index, cell) in cells.enumerated() { if let cell { values[index + 1] = cell.cellValue } }
            return Row(number: number + 2, cells: values)
        }
        let name = table.sheet.name(in: language)
        self.init(name: name, origin: .sheet(file: file, sheet: name), headerRow: 1, headers: headers, rows: rows)
    }
}
