import Spreadsheets

/// The catalogue as a folder of CSV files: one file per sheet of ``CatalogLayout`` named by
/// ``CatalogSheet/csvFileName``, its headers in the chosen language, its cells as
/// ``TableValue/csvField``. A sheet with no rows still gets its file of headers.
public enum CatalogCSVFiles {
    /// The files of `tables` (one per sheet of the layout, by sheet), in the layout's order.
    public static func files(of tables: [CatalogTable], in language: CatalogLanguage) -> [(name: String, bytes: [UInt8])] {
        CatalogLayout.sheets.map { sheet in
            let rows = tables.first { $0.sheet == sheet }?.rows ?? []
            let records = [sheet.columns.map { $0.header(in: language) }] + rows.map { $0.map { $0?.csvField ?? "" } }
            return (sheet.csvFileName, CSVWriter.bytes(records))
        }
    }
}
