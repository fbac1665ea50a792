import Diagnostics

/// A workbook read from an `.xlsx` file (SpreadsheetML, ECMA-376): its sheets in tab order.
public struct Workbook: Sendable {
    public let sheets: [Sheet]
    /// The workbook's date system, by which date cells were read.
    public let dateSystem: DateSystem

    /// The most rows a sheet may have unless the caller says otherwise: Excel's own maximum, 1,048,576.
    public static let standardMaximumRows = CellReference.maximumRow

    /// Reads the workbook whose bytes are `bytes`, named `source` in diagnostics, within `limits`
    /// and with at most `maximumRows` rows a sheet.
    ///
    /// Anything that makes the workbook unreadable or hostile is thrown as one diagnostic.
    public init(bytes: [UInt8], source: String, limits: ZipLimits = .standard, maximumRows: Int = standardMaximumRows) throws(Diagnostic) {
        let archive = try ZipArchive(bytes: bytes, source: source, limits: limits)
        let package = try WorkbookPackage(archive: archive)
        let workbook = try WorkbookPart(package: package)
        let strings =
            try package.part(ofType: "sharedStrings", relativeTo: workbook.path).map { path throws(Diagnostic) in
                try SharedStrings.read(try package.reader(path))
            } ?? []
        let styles =
            try package.part(ofType: "styles", relativeTo: workbook.path).map { path throws(Diagnostic) in
                try CellStyles.read(try package.reader(path))
            } ?? CellStyles(dateStyles: [])
        var sheets: [Sheet] = []
        for entry in workbook.sheets {
            let context = SheetPart.Context(
                strings: strings, styles: styles, dateSystem: workbook.dateSystem, source: source, sheetName: entry.name, maximumRows: maximumRows)
            let part = try SheetPart.read(try package.reader(entry.path), context: context)
            sheets.append(
                Sheet(name: entry.name, visibility: entry.visibility, cells: part.cells, mergedRanges: part.mergedRanges, source: source))
        }
        self.sheets = sheets
        dateSystem = workbook.dateSystem
    }

    /// The sheet named `name`, if the workbook has one.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name }
    }
}
