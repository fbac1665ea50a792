import Diagnostics
import JSONCore

/// A catalogue read from tables: the catalogue JSON, where each of its values came from, and the
/// layout's problems (unknown sheets and columns, values of the wrong kind, rows without a parent).
public struct CatalogTableReading: Sendable {
    /// The catalogue as `Schemas/catalog.schema.json` describes it, for the catalogue reader.
    public let document: JSONValue
    public let sourceMap: CatalogSourceMap
    /// The layout's problems, located at their sheets, columns and cells.
    public let diagnostics: [Diagnostic]

    /// Reads `tables` (the sheets of a workbook or the CSV files of a folder) by the layout;
    /// `source` is where the workbook or folder is, for problems of the whole.
    public init(tables: [RawTable], source: SourceLocation) {
        var builder = CatalogTableBuilder(source: source)
        for (sheet, table) in builder.match(tables) { builder.read(table, as: sheet) }
        document = builder.document()
        sourceMap = builder.sourceMap
        diagnostics = builder.diagnostics
    }
}
