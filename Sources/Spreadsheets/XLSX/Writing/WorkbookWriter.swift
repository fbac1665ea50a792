import Diagnostics

/// Writes a ``WorkbookDraft`` as an `.xlsx` file (SpreadsheetML, ECMA-376) that Excel,
/// LibreOffice, openpyxl and ``Workbook`` open as drafted.
///
/// The file has the content types, the package and workbook relationships, the workbook part
/// (1900 date system), the styles, the shared strings and one worksheet part a sheet; no
/// document properties, which no reader needs. The same draft gives the same bytes every time.
public enum WorkbookWriter {
    /// The `.xlsx` bytes of `draft`, named `source` in diagnostics.
    ///
    /// Anything a reader could not open as drafted (a sheet name Excel refuses, a control
    /// character, a date before 1900, too many rows) is thrown as one diagnostic of
    /// ``SpreadsheetWriteRule``, located at the sheet or the cell, before anything is written.
    public static func bytes(of draft: WorkbookDraft, source: String) throws(Diagnostic) -> [UInt8] {
        try SheetNames.check(draft.sheets, source: source)
        let activeIndex = draft.sheets.firstIndex { $0.visibility == .visible } ?? 0
        var strings = SharedStringTable()
        var worksheets: [String] = []
        for (index, sheet) in draft.sheets.enumerated() {
            worksheets.append(try WorksheetPart(sheet: sheet, source: source).xml(strings: &strings, isActive: index == activeIndex))
        }
        var escapedNames: [String] = []
        for sheet in draft.sheets { escapedNames.append(try XMLText.escaped(sheet.name, at: SourceLocation(file: source, part: sheet.name))) }
        var container = ZipWriter(source: source)
        try container.add("[Content_Types].xml", contents: Array(PackageParts.contentTypes(sheetCount: worksheets.count).utf8))
        try container.add("_rels/.rels", contents: Array(PackageParts.packageRelationships.utf8))
        let workbook = PackageParts.workbook(escapedNames: escapedNames, visibilities: draft.sheets.map(\.visibility), activeIndex: activeIndex)
        try container.add("xl/workbook.xml", contents: Array(workbook.utf8))
        try container.add("xl/_rels/workbook.xml.rels", contents: Array(PackageParts.workbookRelationships(sheetCount: worksheets.count).utf8))
        try container.add("xl/styles.xml", contents: Array(CellFormats.xml.utf8))
        try container.add("xl/sharedStrings.xml", contents: Array(strings.xml.utf8))
        for (index, worksheet) in worksheets.enumerated() {
            try container.add(PackageParts.worksheetPath(index + 1), contents: Array(worksheet.utf8))
        }
        return try container.bytes()
    }
}
