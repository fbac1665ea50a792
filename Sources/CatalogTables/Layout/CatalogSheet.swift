/// One sheet of the catalogue workbook (or one CSV file of a catalogue folder): which JSON values
/// its rows are, and its columns.
public struct CatalogSheet: Sendable, Hashable {
    /// Where the rows' values are in the catalogue JSON.
    public enum Placement: Sendable, Hashable {
        /// The catalogue object itself: exactly one row.
        case catalogue
        /// The elements of the top-level array `key` (`parties`), one per row.
        case list(String)
        /// The elements of the array `key` of each product, rows keyed by the product's SKU.
        case productList(String)
        /// The elements of `fibres` of each component, rows keyed by SKU and component name.
        case componentFibres
        /// The members of each product's `translations`, rows keyed by SKU and language.
        case productTranslations
        /// The elements of the array `key` of each herder organisation, rows keyed by its party Digital Link.
        case herderList(String)
    }

    /// The sheet's name in English, which is also its CSV file's name (lowercase, spaces as `-`).
    public let english: String
    /// The sheet's name in Mongolian (at most 31 characters, as Excel allows).
    public let mongolian: String
    public let placement: Placement
    public let columns: [CatalogColumn]
    /// Whether a workbook must have the sheet (and a folder the file).
    public let isRequired: Bool
    /// Whether the JSON array the rows fill is written even when no row fills it (the schema requires it).
    public let listIsRequired: Bool

    /// The sheet's name in `language`.
    public func name(in language: CatalogLanguage) -> String {
        language == .mongolian ? mongolian : english
    }

    /// The name of the sheet's CSV file in a catalogue folder: `products.csv`, `excluded-fibres.csv`.
    public var csvFileName: String {
        String(english.lowercased().map { $0 == " " ? "-" : $0 }) + ".csv"
    }

    /// The column whose key is `key`.
    public func column(key: String) -> CatalogColumn? {
        columns.first { $0.key == key }
    }
}
