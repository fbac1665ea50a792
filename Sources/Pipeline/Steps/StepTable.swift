import Diagnostics
import JSONCore
import Spreadsheets

/// The rows of a step sheet as text under their ``StepColumn``s, each value locatable for a
/// diagnostic: `steps.csv:12 (column "input lots")` or `steps.xlsx (Steps!D12, column "input lots")`.
struct StepTable {
    /// One row: its values by column (empty cells absent) and where it is.
    struct Row {
        var values: [StepColumn: String]
        var place: StepRowPlace

        /// Where `column` of this row is, under the header as the file writes it.
        func locate(_ column: StepColumn) -> SourceLocation { place.locate(column) }
    }

    var rows: [Row] = []
    /// Problems of the header: unknown and repeated columns.
    var diagnostics: [Diagnostic] = []

    /// A table without rows, whose header problems a CSV file's reading gathers.
    private init() {}

    /// Reads the CSV file (named `source`) that `nextPiece` gives a piece of `pieceSize` bytes at a time (as
    /// ``CSVTable/read(source:maximumRows:pieceSize:nextPiece:header:row:)`` takes it), a row at a
    /// time: each row is given to `body` as it is read and none is kept, so that neither the file
    /// nor a table of its steps is ever all in memory. Its rows are not limited to a sheet's
    /// 1,048,576 (a national programme's file has more: a hundred thousand lots take 1.1 million
    /// steps), nor is its size. Returns the header's problems (no row is read when a required
    /// column is missing).
    ///
    /// - Throws: the file's encoding or syntax error, a read that fails.
    static func readCSV(
        source: String, pieceSize: Int, nextPiece: (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int, each body: (Row) -> Void
    ) throws(Diagnostic) -> [Diagnostic] {
        var table = StepTable()
        var header: [String] = []
        var columns: [Int: StepColumn]?
        var locator: ((Int, StepColumn) -> SourceLocation)?
        _ = try CSVTable.read(
            source: source, maximumRows: .max, pieceSize: pieceSize, nextPiece: nextPiece,
            header: { fields in
                header = fields
                columns = table.columns(of: fields, header: SourceLocation(file: source, line: 1)) { index in
                    SourceLocation(file: source, line: 1, part: DiagnosticExcerpt.column(fields[index]))
                }
                locator = columns.map { columns in
                    { line, column in CSVTable.location(source: source, line: line, column: Self.header(of: column, in: columns, fields)) }
                }
            },
            row: { row in
                guard let columns, let locator else { return }
                var values: [StepColumn: String] = [:]
                for (index, field) in row.fields.enumerated() {
                    guard let column = columns[index] else { continue }
                    let text = field.trimmingCellWhitespace
                    if !text.isEmpty { values[column] = text }
                }
                guard !values.isEmpty else { return }
                body(Row(values: values, place: StepRowPlace(line: row.line, locator: locator)))
            })
        // A file without a header has none of the required columns.
        if header.isEmpty {
            _ = table.columns(of: [], header: SourceLocation(file: source, line: 1)) { _ in SourceLocation(file: source, line: 1) }
        }
        return table.diagnostics
    }

    /// The rows of a workbook sheet: the first row that has cells is the header, every later row
    /// with a value is a step. Dates are written `YYYY-MM-DDTHH:MM:SS`, numbers in their shortest form.
    init(sheet: Sheet) {
        let references = sheet.cells.keys.sorted()
        guard let headerRow = references.first?.row else { return }
        let lastColumn = references.map(\.column).max() ?? 0
        var header: [String] = []
        for column in 1...max(lastColumn, 1) {
            header.append(sheet.displayedValue(at: CellReference(column: column, row: headerRow)).map(Self.text) ?? "")
        }
        let headerLocation = SourceLocation(file: sheet.source, part: "\(sheet.name)!\(headerRow):\(headerRow)")
        let columns = columns(of: header, header: headerLocation) { index in
            SourceLocation(file: sheet.source, part: "\(sheet.name)!\(CellReference(column: index + 1, row: headerRow))")
        }
        guard let columns else { return }
        let locator = { (rowNumber: Int, column: StepColumn) in
            let index = columns.first { $0.value == column }?.key ?? header.count
            let reference = CellReference(column: index + 1, row: rowNumber)
            return SourceLocation(
                file: sheet.source, part: "\(sheet.name)!\(reference), \(DiagnosticExcerpt.column(Self.header(of: column, in: columns, header)))")
        }
        for rowNumber in Set(references.map(\.row)).sorted() where rowNumber > headerRow {
            var values: [StepColumn: String] = [:]
            for (index, column) in columns {
                guard let value = sheet.displayedValue(at: CellReference(column: index + 1, row: rowNumber)) else { continue }
                let text = Self.text(value).trimmingCellWhitespace
                if !text.isEmpty { values[column] = text }
            }
            guard !values.isEmpty else { continue }
            rows.append(Row(values: values, place: StepRowPlace(line: rowNumber, locator: locator)))
        }
    }

    /// The columns every step sheet has.
    private static let requiredColumns: [StepColumn] = [.date, .step]

    /// The columns of `header` by index; unknown and repeated headers reported (located by
    /// `locate`) and left out. `nil` when a required column is missing (reported at `headerLocation`):
    /// then no row is read.
    private mutating func columns(of header: [String], header headerLocation: SourceLocation, locate: (Int) -> SourceLocation)
        -> [Int: StepColumn]?
    {
        var columns: [Int: StepColumn] = [:]
        for (index, text) in header.enumerated() where !text.trimmingCellWhitespace.isEmpty {
            guard let column = StepColumn(header: text) else {
                diagnostics.append(
                    Diagnostic(
                        StepRule.column,
                        "the \(DiagnosticExcerpt.column(text)) is not a step column and is ignored; the columns are \(Self.columnList)",
                        at: locate(index)))
                continue
            }
            guard !columns.values.contains(column) else {
                diagnostics.append(Diagnostic.error(StepRule.column, "the column \"\(column.english)\" is given twice", at: locate(index)))
                continue
            }
            columns[index] = column
        }
        let missing = Self.requiredColumns.filter { !columns.values.contains($0) }
        for column in missing {
            diagnostics.append(
                .error(
                    StepRule.column, "the header has no column \"\(column.english)\" (\(column.mongolian)): every step sheet needs one",
                    at: headerLocation))
        }
        return missing.isEmpty ? columns : nil
    }

    /// The header of `column` as the file writes it, or its English key when the file has no such column.
    private static func header(of column: StepColumn, in columns: [Int: StepColumn], _ header: [String]) -> String {
        guard let index = columns.first(where: { $0.value == column })?.key, header.indices.contains(index) else { return column.english }
        return header[index].trimmingCellWhitespace
    }

    private static let columnList = StepColumn.allCases.map { "\"\($0.english)\"" }.joined(separator: ", ")

    /// A cell's value as the text a CSV file would hold.
    private static func text(_ value: CellValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): number.isFinite ? JSONNumber(number).description : String(number)
        case .boolean(let flag): flag ? "yes" : "no"
        case .date(let date): date.description
        case .error(let error): error
        }
    }
}
