/// One cell of a sheet to be written: its value (none for an empty cell) and its style.
public struct CellDraft: Sendable, Hashable {
    /// How a cell looks; every style keeps the date format a date value needs.
    public enum Style: Int, Sendable, Hashable, CaseIterable {
        case plain
        /// Bold: a column header.
        case header
        /// Bold on a light yellow fill: the header of a column that must be filled in.
        case requiredHeader
    }

    /// The value, or `nil` for an empty cell (written only when it has a style). An `.error`
    /// value must be one of Excel's (`#N/A`, `#DIV/0!` ...).
    public var value: CellValue?
    public var style: Style

    public init(_ value: CellValue?, style: Style = .plain) {
        self.value = value
        self.style = style
    }

    /// An empty cell with no style: nothing is written for it.
    public static let empty = CellDraft(nil)
}
