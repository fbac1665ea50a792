/// A worksheet to be written: its name, visibility, rows of cells, columns (widths and
/// formats), frozen header rows and drop-down lists.
public struct SheetDraft: Sendable, Hashable {
    /// The tab's name (see ``SpreadsheetWriteRule/sheet`` for what Excel accepts).
    public var name: String
    public var visibility: Sheet.Visibility
    /// The rows from row 1, each a row's cells from column A; a cell may be ``CellDraft/empty``
    /// and a row `[]` (nothing is written for them).
    public var rows: [[CellDraft]]
    /// Columns A, B, ...: their widths and formats; columns beyond keep Excel's defaults.
    public var columns: [ColumnDraft]
    /// How many rows at the top stay in view when scrolling (1 for a header row; 0 for none).
    public var frozenRows: Int
    public var validations: [ListValidation]

    public init(
        name: String, visibility: Sheet.Visibility = .visible, rows: [[CellDraft]] = [], columns: [ColumnDraft] = [], frozenRows: Int = 0,
        validations: [ListValidation] = []
    ) {
        self.name = name
        self.visibility = visibility
        self.rows = rows
        self.columns = columns
        self.frozenRows = frozenRows
        self.validations = validations
    }
}
