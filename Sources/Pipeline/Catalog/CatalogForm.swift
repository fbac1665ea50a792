/// The three forms a catalogue is kept in: a JSON file, an `.xlsx` workbook, a folder of CSV files.
public enum CatalogForm: Sendable, Hashable {
    case json, workbook, csvFolder

    /// The form of the output `path`, told by its extension: `.json`, `.xlsx`, or none for a
    /// folder of CSV files (a trailing `/` allowed); `nil` for any other extension.
    public init?(output path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .csvFolder
            return
        }
        switch name[name.index(after: dot)...].lowercased() {
        case "json": self = .json
        case "xlsx": self = .workbook
        default: return nil
        }
    }
}
