/// A column of a sheet to be written: its width and the number format of its cells, which
/// Excel also gives to what is typed into the column's empty cells.
public struct ColumnDraft: Sendable, Hashable {
    /// How a column's cells show their values and take typed ones.
    public enum Format: Sendable, Hashable {
        /// Excel's General: a typed number becomes a number, a typed date a date.
        case general
        /// Text (`@`): what is typed stays text as typed, leading zeros and all (GTINs, GLNs, postcodes).
        case text
        /// `yyyy-mm-dd`: a typed date shows as one.
        case date
    }

    /// The width in characters of the default font (0 to 255), or `nil` for Excel's default.
    public var width: Double?
    public var format: Format

    public init(width: Double? = nil, format: Format = .general) {
        self.width = width
        self.format = format
    }
}
