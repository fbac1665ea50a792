import Spreadsheets

/// The catalogue workbook as a ``WorkbookDraft``: the instructions sheet, one sheet per sheet of
/// ``CatalogLayout`` (empty for a template, or holding a catalogue's tables), and the hidden
/// lists sheet the drop-downs take their values from.
///
/// Each data sheet has its headers in the chosen language in a frozen first row (required
/// columns marked), text columns formatted as text (so that GTINs and GLNs keep their leading
/// zeros when typed), date columns as dates, and a drop-down on every column with a code list,
/// from row 2 down to ``lastRow`` (or the last row of the tables, when further).
public enum CatalogWorkbook {
    /// The last row the drop-downs and formats of an empty template reach.
    public static let lastRow = 1000

    /// The workbook with headers and sheet names in `language`, holding `tables` (one per
    /// sheet of the layout, by sheet; a sheet without a table is left empty).
    public static func draft(in language: CatalogLanguage, tables: [CatalogTable] = []) -> WorkbookDraft {
        let lists = CodeListsSheet(language: language)
        var sheets = [instructions(in: language)]
        for sheet in CatalogLayout.sheets {
            let rows = tables.first { $0.sheet == sheet }?.rows ?? []
            sheets.append(dataSheet(sheet, rows: rows, language: language, lists: lists))
        }
        sheets.append(lists.draft)
        return WorkbookDraft(sheets: sheets)
    }

    /// The instructions sheet: one line a row, in a wide first column.
    private static func instructions(in language: CatalogLanguage) -> SheetDraft {
        let name = language == .mongolian ? CatalogLayout.instructionsSheet.mongolian : CatalogLayout.instructionsSheet.english
        let lines = CatalogLayout.instructions(in: language)
        return SheetDraft(
            name: name, rows: lines.enumerated().map { [CellDraft(.text($0.element), style: $0.offset == 0 ? .header : .plain)] },
            columns: [ColumnDraft(width: 120)])
    }

    /// The data sheet of `sheet` in `language`, holding `rows`.
    private static func dataSheet(_ sheet: CatalogSheet, rows: [[TableValue?]], language: CatalogLanguage, lists: CodeListsSheet) -> SheetDraft {
        let headers = sheet.columns.map { CellDraft(.text($0.header(in: language)), style: $0.isRequired ? .requiredHeader : .header) }
        let body = rows.map { row in row.map { CellDraft($0?.cellValue) } }
        let lastRow = max(lastRow, rows.count + 1)
        let validations = sheet.columns.enumerated().compactMap { index, column in
            column.codeList.map {
                lists.validation(
                    of: $0, column: column, cells: CellRange(from: .init(column: index + 1, row: 2), to: .init(column: index + 1, row: lastRow)))
            }
        }
        return SheetDraft(
            name: sheet.name(in: language), rows: [headers] + body, columns: sheet.columns.map { column(for: $0, language: language) }, frozenRows: 1,
            validations: validations)
    }

    /// The width and format of `column`'s cells: wide enough for its header (within bounds),
    /// text for text, dates for dates.
    private static func column(for column: CatalogColumn, language: CatalogLanguage) -> ColumnDraft {
        let width = Double(min(max(column.header(in: language).count + 2, 12), 50))
        switch column.kind {
        case .text, .textList: return ColumnDraft(width: width, format: .text)
        case .date: return ColumnDraft(width: width, format: .date)
        case .number, .boolean: return ColumnDraft(width: width, format: .general)
        }
    }
}
