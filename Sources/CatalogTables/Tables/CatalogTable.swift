/// One sheet of a catalogue as plain rows of typed cells, one cell per column of the sheet
/// (`nil` for an empty cell): what a writer turns into a worksheet or a CSV file.
public struct CatalogTable: Sendable, Hashable {
    public let sheet: CatalogSheet
    /// The rows, each with one cell per column of ``sheet``, in its column order.
    public let rows: [[TableValue?]]

    public init(sheet: CatalogSheet, rows: [[TableValue?]]) {
        self.sheet = sheet
        self.rows = rows
    }

    /// The header row in `language` (``CatalogColumn/header(in:)``).
    public func headers(in language: CatalogLanguage) -> [String] {
        sheet.columns.map { $0.header(in: language) }
    }
}
