/// The parts of a written workbook that tie it together (Open Packaging Conventions): the
/// content types, the package's and the workbook's relationships, and the workbook part.
enum PackageParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    /// The path of the `number`th worksheet part (from 1) in the container.
    static func worksheetPath(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }

    /// `[Content_Types].xml` for `sheetCount` worksheets.
    static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(contentType)sheet.main+xml\"/>"
        for number in stride(from: 1, through: sheetCount, by: 1) {
            xml += "<Override PartName=\"/\(worksheetPath(number))\" ContentType=\"\(contentType)worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(contentType)styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(contentType)sharedStrings+xml\"/>"
        return xml + "</Types>"
    }

    /// `_rels/.rels`: the workbook is the package's office document.
    static let packageRelationships =
        declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    /// `xl/_rels/workbook.xml.rels`: worksheets `rId1` to `rId<sheetCount>`, then the styles and the shared strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
        for number in stride(from: 1, through: sheetCount, by: 1) {
            xml += "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipType)worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipType)styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipType)sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// `xl/workbook.xml`: the sheets in tab order with their escaped names and states, opening on sheet `activeIndex` (from 0).
    static func workbook(escapedNames: [String], visibilities: [Sheet.Visibility], activeIndex: Int) -> String {
        var xml = declaration + "<workbook xmlns=\"\(spreadsheetNamespace)\" "
        xml += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        xml += "<bookViews><workbookView activeTab=\"\(activeIndex)\"/></bookViews><sheets>"
        for (index, (name, visibility)) in zip(escapedNames, visibilities).enumerated() {
            let state = visibility == .visible ? "" : " state=\"\(visibility.rawValue)\""
            xml += "<sheet name=\"\(name)\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }
}
