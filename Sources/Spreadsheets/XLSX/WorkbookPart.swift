import Diagnostics

/// The workbook part (`xl/workbook.xml`): its date system and its sheets in tab order.
struct WorkbookPart {
    /// A sheet as the workbook part lists it.
    struct SheetEntry {
        let name: String
        let visibility: Sheet.Visibility
        /// The worksheet part's path in the container.
        let path: String
    }

    let path: String
    let dateSystem: DateSystem
    let sheets: [SheetEntry]

    init(package: WorkbookPackage) throws(Diagnostic) {
        path = package.workbookPath
        let targets = Dictionary(try package.relationships(of: path).map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        let reader = try package.reader(path)
        var dateSystem = DateSystem.from1900
        var sheets: [SheetEntry] = []
        while let event = try reader.next() {
            guard case .start(let name, let attributes, _) = event else { continue }
            switch name {
            case "workbookPr":
                if let flag = attributes["date1904"], flag == "1" || flag == "true" { dateSystem = .from1904 }
            case "sheet":
                guard let sheetName = attributes["name"], let id = attributes["id"], let target = targets[id] else {
                    throw .error(
                        SpreadsheetRule.workbookMalformed, "a sheet of the workbook has no name or no worksheet part", at: reader.lineLocation())
                }
                let visibility = Sheet.Visibility(rawValue: attributes["state"] ?? "visible") ?? .visible
                sheets.append(SheetEntry(name: sheetName, visibility: visibility, path: target))
            default: continue
            }
        }
        self.dateSystem = dateSystem
        self.sheets = sheets
    }
}
