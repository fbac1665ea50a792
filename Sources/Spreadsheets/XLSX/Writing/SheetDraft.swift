/// A worksheet to be written: its name, visibility, rows of cells, column widths, frozen
/// header rows and drop-down lists.
public struct SheetDraft: Sendable, Hashable {
    /// The tab's name (see ``SpreadsheetWriteRule/sheet`` for what Excel accepts).
    public var name: String
    public var visibility: Sheet.Visibility
    /// The rows from row 1, each a row's cells from column A; a cell may be ``CellDraft/empty``
    /// and a row `[]` (nothing is written for them).
    public var rows: [[CellDraft]]
    /// The widths of columns A, B, ... in characters of the default font (0 to 255); columns beyond keep Excel's default.
    public var columnWidths: [Double]
    /// How many rows at the top stay in view when scrolling (1 for a header row; 0 for none).
    public var frozenRows: Int
    public var validations: [ListValidation]

    public init(
        name: String, visibility: Sheet.Visibility = .visible, rows: [[CellDraft]] = [], columnWidths: [Double] = [], frozenRows: Int = 0,
        validations: [ListValidation] = []
    ) {
        self.name = name
        self.visibility = visibility
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.validations = validations
    }
}
