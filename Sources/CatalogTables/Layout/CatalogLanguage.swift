/// The languages of the workbook's headers and sheet names.
public enum CatalogLanguage: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case mongolian = "mn"
}
