import Diagnostics

/// Where a step row is, for locating its values in diagnostics: its line in a CSV file (or its
/// row in a sheet), and its table's way of locating a column of a row, which every row of the
/// table shares (a produced lot keeps its row's place until the end of the reading, so a place
/// holds no copy of the row's text).
struct StepRowPlace {
    /// The row's line in a CSV file, or its row number in a sheet.
    let line: Int
    /// Where `column` of the row at a line is, under the header as the file writes it.
    let locator: (Int, StepColumn) -> SourceLocation

    /// Where `column` of this row is.
    func locate(_ column: StepColumn) -> SourceLocation { locator(line, column) }
}
