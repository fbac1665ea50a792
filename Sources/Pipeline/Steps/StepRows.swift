import Diagnostics
import Spreadsheets
import Traceability

/// Step rows (a CSV file, or the steps sheet of an `.xlsx` workbook) read and turned into
/// EPCIS 2.0 events, as the EPCIS readers give them: the entry point of the steps stage.
public enum StepRows {
    /// The names of the sheet of a workbook that holds the steps (any case); without one, the first visible sheet.
    public static let sheetNames = ["steps", "алхам"]

    /// The events of the step rows in `bytes` (a workbook when they start as a zip container
    /// does or `source` ends in `.xlsx`, CSV otherwise), named `source` in diagnostics, with
    /// names looked up in `directory`.
    ///
    /// The rows are read twice and never kept: first for the lots they produce (a row may use
    /// a lot a later row produces), then for their events, each kept as a record as soon as it
    /// is made. A file that cannot be read as a spreadsheet gives its one diagnostic and no events.
    public static func read(_ bytes: [UInt8], source: String, directory: StepDirectory = StepDirectory()) -> EPCISReadResult {
        let table: TableSource
        if isWorkbook(bytes, source: source) {
            do throws(Diagnostic) {
                let workbook = try Workbook(bytes: bytes, source: source)
                guard
                    let sheet = workbook.sheets.first(where: { sheetNames.contains($0.name.lowercased()) })
                        ?? workbook.sheets.first(where: { $0.visibility == .visible })
                else {
                    return EPCISReadResult(
                        events: [],
                        diagnostics: [.error(StepRule.column, "the workbook has no visible sheet of steps", at: SourceLocation(file: source))])
                }
                table = .sheet(StepTable(sheet: sheet))
            } catch {
                return EPCISReadResult(events: [], diagnostics: [error])
            }
        } else {
            table = .csv(source: source, size: bytes.count, pieces: { CSVTable.pieces(of: bytes) })
        }
        return read(table, directory: directory)
    }

    /// The events of the CSV step rows of the file `input` (named `source`), read a piece at a
    /// time (twice, as ``read(_:source:directory:)`` reads them), never held whole.
    public static func read(csv input: RandomAccessInput, source: String, directory: StepDirectory = StepDirectory()) -> EPCISReadResult {
        read(.csv(source: source, size: input.size, pieces: { pieces(of: input, source: source) }), directory: directory)
    }

    /// Whether the file `source`, beginning with `bytes`, is read as a workbook: it begins as a
    /// zip container does, or it is named `.xlsx` (one that is no zip container, damaged or
    /// saved as something else, is then refused as such rather than read as CSV text).
    public static func isWorkbook(_ bytes: some Collection<UInt8>, source: String) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || source.lowercased().hasSuffix(".xlsx")
    }

    /// The events of the rows of `table`.
    private static func read(_ table: TableSource, directory: StepDirectory) -> EPCISReadResult {
        // The first reading reads only the rows that name an output lot (no other row produces
        // one, or has an error another row's input can be blamed on); its reader's diagnostics
        // are the second's again, which reads every row and whose diagnostics are reported.
        var lotReader = StepRowReader(directory: directory)
        var reader = StepRowReader(directory: directory)
        var builder = StepEventBuilder()
        var lotsOfRowsWithErrors: Set<String> = []
        let records = EventRecords.Builder()
        let tableDiagnostics: [Diagnostic]
        do throws(Diagnostic) {
            var number = 0
            tableDiagnostics = try table.forEachRow { tableRow in
                defer { number += 1 }
                guard let lot = tableRow.values[.outputLot] else { return }
                if let row = lotReader.read(tableRow) {
                    builder.register(row, number: number)
                } else {
                    lotsOfRowsWithErrors.insert(lot)
                }
            }
            number = 0
            _ = try table.forEachRow { tableRow in
                defer { number += 1 }
                guard let row = reader.read(tableRow) else { return }
                if let event = builder.event(of: row, number: number, lotsOfRowsWithErrors: lotsOfRowsWithErrors) { records.append(event) }
            }
        } catch {
            return EPCISReadResult(events: [], diagnostics: [error])
        }
        return EPCISReadResult(records: records.finish(), diagnostics: tableDiagnostics + reader.diagnostics + builder.diagnostics)
    }

    /// A `nextPiece` that reads `input` from its first byte on, a failed read an `INPUT-UNREADABLE` error.
    private static func pieces(of input: RandomAccessInput, source: String) -> (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int {
        var offset = 0
        return { (buffer: UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int in
            do {
                let count = try input.read(buffer, offset)
                offset += count
                return count
            } catch {
                throw .error(InputRule.unreadable, "cannot read the file past byte \(offset): \(error)", at: SourceLocation(file: source))
            }
        }
    }

    /// Where the rows come from: a workbook's sheet, already a table, or a CSV file of `size`
    /// bytes read a row at a time, from pieces that `pieces` gives from the file's first byte
    /// each time it is asked.
    private enum TableSource {
        case sheet(StepTable)
        case csv(source: String, size: Int, pieces: () -> (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int)

        /// Gives each row to `body` in order; returns the header's problems.
        func forEachRow(_ body: (StepTable.Row) -> Void) throws(Diagnostic) -> [Diagnostic] {
            switch self {
            case .sheet(let table):
                table.rows.forEach(body)
                return table.diagnostics
            case .csv(let source, let size, let pieces):
                return try StepTable.readCSV(source: source, pieceSize: CSVTable.pieceSize(forSize: size), nextPiece: pieces(), each: body)
            }
        }
    }

    /// Whether `path` names a step-row file rather than an EPCIS document: it ends in `.csv` or `.xlsx`.
    public static func isStepFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".csv") || lowered.hasSuffix(".xlsx")
    }
}
