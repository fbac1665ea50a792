import Diagnostics
import Spreadsheets
import Traceability

/// Step rows (a CSV file, or the steps sheet of an `.xlsx` workbook) read and turned into
/// EPCIS 2.0 events, as the EPCIS readers give them: the entry point of the steps stage.
public enum StepRows {
    /// The names of the sheet of a workbook that holds the steps (any case); without one, the first visible sheet.
    public static let sheetNames = ["steps", "алхам"]

    /// The events of the step rows in `bytes` (a workbook when they start as a zip container
    /// does, CSV otherwise), named `source` in diagnostics, with names looked up in `directory`.
    ///
    /// A file that cannot be read as a spreadsheet gives its one diagnostic and no events.
    public static func read(_ bytes: [UInt8], source: String, directory: StepDirectory = StepDirectory()) -> EPCISReadResult {
        var reader = StepRowReader(directory: directory)
        var rows: [StepRow] = []
        var lotsOfRowsWithErrors: Set<String> = []
        func take(_ tableRow: StepTable.Row) {
            if let row = reader.read(tableRow) {
                rows.append(row)
            } else if let lot = tableRow.values[.outputLot] {
                lotsOfRowsWithErrors.insert(lot)
            }
        }
        let tableDiagnostics: [Diagnostic]
        do {
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                let workbook = try Workbook(bytes: bytes, source: source)
                guard
                    let sheet = workbook.sheets.first(where: { sheetNames.contains($0.name.lowercased()) })
                        ?? workbook.sheets.first(where: { $0.visibility == .visible })
                else {
                    return EPCISReadResult(
                        events: [],
                        diagnostics: [.error(StepRule.column, "the workbook has no visible sheet of steps", at: SourceLocation(file: source))])
                }
                let table = StepTable(sheet: sheet)
                table.rows.forEach(take)
                tableDiagnostics = table.diagnostics
            } else {
                // Read a row at a time: the file's text is never all in memory as fields.
                tableDiagnostics = try StepTable.readCSV(bytes, source: source, each: take)
            }
        } catch {
            return EPCISReadResult(events: [], diagnostics: [error])
        }
        var builder = StepEventBuilder()
        // Each event kept as a record as soon as it is made: the rows and the events are never all in memory together.
        let records = EventRecords.Builder()
        builder.events(rows, lotsOfRowsWithErrors: lotsOfRowsWithErrors, consume: records.append)
        return EPCISReadResult(records: records.finish(), diagnostics: tableDiagnostics + reader.diagnostics + builder.diagnostics)
    }

    /// Whether `path` names a step-row file rather than an EPCIS document: it ends in `.csv` or `.xlsx`.
    public static func isStepFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".csv") || lowered.hasSuffix(".xlsx")
    }
}
