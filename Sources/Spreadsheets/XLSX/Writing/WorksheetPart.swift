import Diagnostics

/// A worksheet part written from a ``SheetDraft`` (`xl/worksheets/sheetN.xml`): its view
/// (the frozen rows), columns, cells and list validations, in the order ECMA-376 requires.
struct WorksheetPart {
    let sheet: SheetDraft
    /// The workbook's name in diagnostics.
    let source: String

    /// Excel's error values, the only ones an `.error` cell may hold.
    private static let errorValues: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]
    /// The most characters (UTF-16 code units) Excel keeps in a cell.
    private static let maximumTextLength = 32_767
    /// The widest column Excel allows, in characters.
    private static let maximumWidth = 255.0
    /// Excel's limits on a validation's title and message.
    private static let maximumTitleLength = 32
    private static let maximumMessageLength = 255

    /// The part's XML, with the sheet's text added to `strings`; `isActive` for the tab the workbook opens on.
    func xml(strings: inout SharedStringTable, isActive: Bool) throws(Diagnostic) -> String {
        guard sheet.rows.count <= CellReference.maximumRow, (0..<CellReference.maximumRow).contains(sheet.frozenRows) else {
            throw .error(
                SpreadsheetWriteRule.limit,
                "the sheet has \(sheet.rows.count) rows and \(sheet.frozenRows) frozen, beyond Excel's \(CellReference.maximumRow)",
                at: SourceLocation(file: source, part: sheet.name))
        }
        var xml = PackageParts.declaration + "<worksheet xmlns=\"\(PackageParts.spreadsheetNamespace)\">"
        xml += view(isActive: isActive)
        xml += try columns()
        xml += "<sheetData>"
        for (index, cells) in sheet.rows.enumerated() {
            xml += try row(index + 1, cells, strings: &strings)
        }
        xml += "</sheetData>"
        xml += try validations()
        return xml + "</worksheet>"
    }

    /// The sheet view: selected when active, and the top `frozenRows` rows frozen.
    private func view(isActive: Bool) -> String {
        var xml = "<sheetViews><sheetView\(isActive ? " tabSelected=\"1\"" : "") workbookViewId=\"0\""
        guard sheet.frozenRows > 0 else { return xml + "/></sheetViews>" }
        let topLeft = CellReference(column: 1, row: sheet.frozenRows + 1)
        xml += "><pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        return xml + "</sheetView></sheetViews>"
    }

    /// The columns' widths and formats, or nothing when there are none.
    private func columns() throws(Diagnostic) -> String {
        guard !sheet.columns.isEmpty else { return "" }
        guard sheet.columns.count <= CellReference.maximumColumn else {
            throw .error(
                SpreadsheetWriteRule.limit, "the sheet describes \(sheet.columns.count) columns, beyond Excel's \(CellReference.maximumColumn)",
                at: SourceLocation(file: source, part: sheet.name))
        }
        var xml = "<cols>"
        for (index, column) in sheet.columns.enumerated() {
            var attributes = ""
            if let width = column.width {
                guard (0...Self.maximumWidth).contains(width) else {
                    throw .error(
                        SpreadsheetWriteRule.value,
                        "the width \(width) of column \(CellReference(column: index + 1, row: 1).columnName) is not from 0 to 255",
                        at: SourceLocation(file: source, part: sheet.name))
                }
                attributes += " width=\"\(Self.number(width))\" customWidth=\"1\""
            }
            let style = CellFormats.index(.plain, CellFormats.NumberFormat(column.format))
            if style != 0 { attributes += " style=\"\(style)\"" }
            if !attributes.isEmpty { xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\"\(attributes)/>" }
        }
        return xml + "</cols>"
    }

    /// Row `number` with its cells, or nothing when none of them is written.
    private func row(_ number: Int, _ cells: [CellDraft], strings: inout SharedStringTable) throws(Diagnostic) -> String {
        guard cells.count <= CellReference.maximumColumn else {
            throw .error(
                SpreadsheetWriteRule.limit, "row \(number) has \(cells.count) cells, beyond Excel's \(CellReference.maximumColumn) columns",
                at: SourceLocation(file: source, part: sheet.name))
        }
        var xml = ""
        for (index, cell) in cells.enumerated() {
            let format = sheet.columns.indices.contains(index) ? sheet.columns[index].format : .general
            xml += try self.cell(cell, at: CellReference(column: index + 1, row: number), in: format, strings: &strings)
        }
        return xml.isEmpty ? "" : "<row r=\"\(number)\">\(xml)</row>"
    }

    /// The cell `draft` at `reference` in a column of `column` format, or nothing for an empty cell with no style.
    ///
    /// Text and empty styled cells take the column's format, so that what is typed over them is
    /// taken as the column's empty cells take it; other values keep the format that shows them.
    private func cell(
        _ draft: CellDraft, at reference: CellReference, in column: ColumnDraft.Format, strings: inout SharedStringTable
    ) throws(Diagnostic) -> String {
        let location = SourceLocation(file: source, part: "\(sheet.name)!\(reference)")
        func start(_ format: CellFormats.NumberFormat, type: String? = nil) -> String {
            let style = CellFormats.index(draft.style, format)
            return "<c r=\"\(reference)\"\(style == 0 ? "" : " s=\"\(style)\"")\(type.map { " t=\"\($0)\"" } ?? "")"
        }
        switch draft.value {
        case nil: return draft.style == .plain ? "" : start(CellFormats.NumberFormat(column)) + "/>"
        case .text(let text):
            guard text.utf16.count <= Self.maximumTextLength else {
                throw .error(
                    SpreadsheetWriteRule.value, "the text has \(text.utf16.count) characters, more than Excel's \(Self.maximumTextLength)",
                    at: location)
            }
            let index = strings.index(ofEscaped: try XMLText.escaped(XstringEscapes.protected(text), at: location))
            return start(column == .text ? .text : .general, type: "s") + "><v>\(index)</v></c>"
        case .number(let number):
            guard number.isFinite else { throw .error(SpreadsheetWriteRule.value, "the number \(number) is not finite", at: location) }
            return start(.general) + "><v>\(Self.number(number))</v></c>"
        case .boolean(let flag): return start(.general, type: "b") + "><v>\(flag ? 1 : 0)</v></c>"
        case .date(let date):
            guard let serial = DateSystem.from1900.serial(of: date) else {
                throw .error(SpreadsheetWriteRule.value, "the date \(date) is not a day from 1900-01-01 to 9999-12-31", at: location)
            }
            return start(date.millisecondsOfDay == 0 ? .date : .dateTime) + "><v>\(Self.number(serial))</v></c>"
        case .error(let value):
            guard Self.errorValues.contains(value) else {
                throw .error(SpreadsheetWriteRule.value, "the error value \(value) is not one of Excel's (#N/A, #DIV/0! ...)", at: location)
            }
            return start(.general, type: "e") + "><v>\(value)</v></c>"
        }
    }

    /// The list validations, or nothing when there are none.
    private func validations() throws(Diagnostic) -> String {
        guard !sheet.validations.isEmpty else { return "" }
        var xml = "<dataValidations count=\"\(sheet.validations.count)\">"
        for validation in sheet.validations {
            let location = SourceLocation(file: source, part: "\(sheet.name)!\(validation.cells)")
            xml += "<dataValidation type=\"list\"\(validation.allowsOtherValues ? " errorStyle=\"warning\"" : "") allowBlank=\"1\""
            xml += " showInputMessage=\"\(validation.prompt == nil ? 0 : 1)\" showErrorMessage=\"1\""
            if let error = validation.error {
                xml += " errorTitle=\"\(try Self.text(error.title, Self.maximumTitleLength, location))\""
                xml += " error=\"\(try Self.text(error.text, Self.maximumMessageLength, location))\""
            }
            if let prompt = validation.prompt {
                xml += " promptTitle=\"\(try Self.text(prompt.title, Self.maximumTitleLength, location))\""
                xml += " prompt=\"\(try Self.text(prompt.text, Self.maximumMessageLength, location))\""
            }
            let listSheet = "'" + validation.listSheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
            let list = "\(listSheet)!\(Self.absolute(validation.list.first)):\(Self.absolute(validation.list.last))"
            xml += " sqref=\"\(validation.cells)\"><formula1>\(try XMLText.escaped(list, at: location))</formula1></dataValidation>"
        }
        return xml + "</dataValidations>"
    }

    /// `text` escaped, refused when longer than `maximum` characters.
    private static func text(_ text: String, _ maximum: Int, _ location: SourceLocation) throws(Diagnostic) -> String {
        guard text.utf16.count <= maximum else {
            throw .error(SpreadsheetWriteRule.value, "the drop-down's text \"\(text)\" is longer than Excel's \(maximum) characters", at: location)
        }
        return try XMLText.escaped(text, at: location)
    }

    /// `$C$7` for `C7`.
    private static func absolute(_ reference: CellReference) -> String { "$\(reference.columnName)$\(reference.row)" }

    /// `number` as the shortest text that reads back as the same double: whole numbers without a fraction.
    private static func number(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }
}
