import Diagnostics

/// One worksheet of a workbook: its name, whether it is hidden, its cells and merged ranges.
///
/// Empty cells are absent: a blank row or column simply has no cells, and the cells around it
/// keep their own references.
public struct Sheet: Sendable {
    /// Whether a sheet shows in the workbook's tabs.
    public enum Visibility: String, Sendable, Hashable {
        case visible
        /// Hidden, and shown again from Excel's "Unhide".
        case hidden
        /// Hidden, and only shown again by a macro or by editing the file.
        case veryHidden
    }

    public let name: String
    public let visibility: Visibility
    /// The cells that hold a value, by reference.
    public let cells: [CellReference: Cell]
    /// The merged ranges; only the top-left cell of each holds the value.
    public let mergedRanges: [CellRange]
    /// The name of the workbook in diagnostics.
    public let source: String

    /// The cell at `reference` (`"C7"`), if it holds a value.
    public subscript(_ reference: String) -> Cell? {
        CellReference(reference).flatMap { cells[$0] }
    }

    /// The value shown at `reference`: its own, or the value of the merged range that covers it.
    public func displayedValue(at reference: CellReference) -> CellValue? {
        if let cell = cells[reference] { return cell.value }
        return mergedRanges.first { $0.contains(reference) }.flatMap { cells[$0.first]?.value }
    }

    /// The cells of `row`, by column, in column order.
    public func row(_ row: Int) -> [Cell] {
        cells.values.filter { $0.reference.row == row }.sorted { $0.reference < $1.reference }
    }

    /// Where `reference` is, for a diagnostic: `catalogue.xlsx (Products!C7)`.
    public func location(of reference: CellReference) -> SourceLocation {
        SourceLocation(file: source, part: "\(name)!\(reference)")
    }
}
