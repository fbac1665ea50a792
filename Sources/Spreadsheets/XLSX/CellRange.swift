/// A rectangle of cells, such as the merged range `B2:D3`.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    /// The top-left cell.
    public let first: CellReference
    /// The bottom-right cell.
    public let last: CellReference

    /// The range with the corners `first` and `last` (in any order: the range is their rectangle).
    public init(from first: CellReference, to last: CellReference) {
        self.first = CellReference(column: min(first.column, last.column), row: min(first.row, last.row))
        self.last = CellReference(column: max(first.column, last.column), row: max(first.row, last.row))
    }

    /// The range spelled `text` (`B2:D3`, or one cell `B2`), or `nil` when it is not one.
    public init?(_ text: String) {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard corners.count <= 2, let first = CellReference(String(corners[0])),
            let last = CellReference(String(corners[corners.count - 1]))
        else { return nil }
        self.init(from: first, to: last)
    }

    /// Whether `reference` lies inside the range.
    public func contains(_ reference: CellReference) -> Bool {
        (first.column...last.column).contains(reference.column) && (first.row...last.row).contains(reference.row)
    }

    public var description: String { "\(first):\(last)" }
}
