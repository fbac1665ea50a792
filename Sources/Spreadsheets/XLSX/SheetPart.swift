import Diagnostics

/// A worksheet part (`xl/worksheets/sheetN.xml`): its cells with their values, and its merged ranges.
struct SheetPart {
    /// What reading a sheet's values needs from the rest of the workbook.
    struct Context {
        let strings: [String]
        let styles: CellStyles
        let dateSystem: DateSystem
        let source: String
        let sheetName: String
        let maximumRows: Int

        func location(_ reference: CellReference) -> SourceLocation {
            SourceLocation(file: source, part: "\(sheetName)!\(reference)")
        }
    }

    /// A cell's parts as the XML gives them, before its value is typed.
    private struct RawCell {
        var reference: CellReference
        var type = "n"
        var style = 0
        var value: String?
        var inlineText: String?
        var formula: String?
    }

    var cells: [CellReference: Cell] = [:]
    var mergedRanges: [CellRange] = []

    static func read(_ reader: XMLPullReader, context: Context) throws(Diagnostic) -> SheetPart {
        var part = SheetPart()
        var row = 0
        var column = 0
        var cell: RawCell?
        while let event = try reader.next() {
            switch event {
            case .start("row", let attributes, _):
                row =
                    try attributes["r"].map { text throws(Diagnostic) in
                        guard let number = Int(text), number > row, number <= CellReference.maximumRow else {
                            throw malformed("the row number \(text) is not a row after row \(row)", reader, context)
                        }
                        return number
                    } ?? row + 1
                column = 0
                guard row <= context.maximumRows else {
                    throw .error(
                        SpreadsheetRule.rowLimit, "the sheet has a row \(row), beyond the \(context.maximumRows) rows accepted",
                        at: SourceLocation(file: context.source, part: context.sheetName))
                }
            case .start("c", let attributes, _):
                let reference: CellReference
                if let text = attributes["r"] {
                    guard let given = CellReference(text), given.row == row || row == 0 else {
                        throw malformed("the cell reference \(text) is not a cell of row \(row)", reader, context)
                    }
                    reference = given
                } else {
                    reference = CellReference(column: column + 1, row: max(row, 1))
                }
                column = reference.column
                cell = RawCell(reference: reference, type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init) ?? 0)
            case .start("v", _, _): cell?.value = try reader.text(until: "v")
            case .start("f", _, let isEmpty): cell?.formula = isEmpty ? nil : try reader.text(until: "f")
            case .start("is", _, _): cell?.inlineText = try RichText.read(reader, until: "is")
            case .end("c"):
                if let raw = cell, let value = try value(of: raw, context: context) {
                    part.cells[raw.reference] = Cell(reference: raw.reference, value: value, formula: raw.formula.flatMap { $0.isEmpty ? nil : $0 })
                }
                cell = nil
            case .start("mergeCell", let attributes, _):
                guard let range = attributes["ref"].flatMap(CellRange.init) else {
                    throw malformed("a merged range is not a range of cells: \(attributes["ref"] ?? "(none)")", reader, context)
                }
                part.mergedRanges.append(range)
            default: continue
            }
        }
        return part
    }

    /// The typed value of `raw`, or `nil` for a cell with none (a styled empty cell).
    private static func value(of raw: RawCell, context: Context) throws(Diagnostic) -> CellValue? {
        let location = context.location(raw.reference)
        if raw.type == "inlineStr" { return raw.inlineText.map(CellValue.text) }
        // A formula never calculated (as openpyxl writes it) has an empty `<v>`: it has no value yet.
        guard let text = raw.value, !text.isEmpty || raw.type == "str" else { return nil }
        switch raw.type {
        case "s":
            guard let index = Int(text), context.strings.indices.contains(index) else {
                throw .error(SpreadsheetRule.workbookMalformed, "the cell names shared string \(text), which the workbook lacks", at: location)
            }
            return .text(context.strings[index])
        case "str": return .text(text)
        case "b":
            guard text == "0" || text == "1" else {
                throw .error(SpreadsheetRule.workbookMalformed, "the boolean cell holds \(text), not 0 or 1", at: location)
            }
            return .boolean(text == "1")
        case "e": return .error(text)
        case "d":
            guard let date = ISODateText.date(text) else {
                throw .error(SpreadsheetRule.workbookMalformed, "the date cell holds \(text), not an ISO 8601 date", at: location)
            }
            return .date(date)
        case "n":
            guard let number = Double(text), number.isFinite else {
                throw .error(SpreadsheetRule.workbookMalformed, "the number cell holds \(text), not a number", at: location)
            }
            if context.styles.isDate(style: raw.style), let date = context.dateSystem.date(fromSerial: number) { return .date(date) }
            return .number(number)
        default:
            throw .error(SpreadsheetRule.workbookMalformed, "the cell has the unknown type \(raw.type)", at: location)
        }
    }

    private static func malformed(_ message: String, _ reader: XMLPullReader, _ context: Context) -> Diagnostic {
        var location = reader.lineLocation()
        location.part = "\(context.sheetName), \(location.part ?? "")"
        return .error(SpreadsheetRule.workbookMalformed, message, at: location)
    }
}
