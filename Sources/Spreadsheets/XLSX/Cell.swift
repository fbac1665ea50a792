/// One cell of a sheet: its place, its value and the formula that computed it, if any.
public struct Cell: Sendable, Hashable {
    public let reference: CellReference
    public let value: CellValue
    /// The formula's text without `=`, when the cell has one (shared formulas' followers hold none); never evaluated.
    public let formula: String?
}
