import Spreadsheets

/// The workbook the writer tests write: every kind of cell, every style, the three sheet states,
/// a frozen header, column widths and a drop-down from a hidden sheet, in English and Mongolian.
enum WrittenWorkbook {
    static let productsName = "Бүтээгдэхүүн"
    /// A lists sheet whose name needs quoting in a formula (the apostrophe) and escaping in XML (the ampersand).
    static let listsName = "Lists & Fibre's"

    static let draft = WorkbookDraft(sheets: [
        products, lists, SheetDraft(name: "Internal", visibility: .veryHidden, rows: [[CellDraft(.number(7))]]),
    ])

    static let products = SheetDraft(
        name: productsName,
        rows: [
            [
                CellDraft(.text("GTIN"), style: .requiredHeader), CellDraft(.text("Нэр / name"), style: .requiredHeader),
                CellDraft(.text("Fibre"), style: .header), CellDraft(.text("Share %"), style: .header), CellDraft(.text("Active"), style: .header),
                CellDraft(.text("Made on"), style: .header), CellDraft(nil, style: .requiredHeader),
            ],
            [
                CellDraft(.text("09524000000018")), CellDraft(.text("Ноолууран цамц, \"classic\" & <new>")), CellDraft(.text("Ноолуур")),
                CellDraft(.number(100)), CellDraft(.boolean(true)), CellDraft(.date(CellDate(year: 2024, month: 2, day: 29))),
            ],
            [
                CellDraft(.text(" leading and trailing ")), CellDraft(.text("line 1\nline 2\r\nline 3\ttab")), CellDraft(.text("Yak's down")),
                CellDraft(.number(1250.75)), CellDraft(.boolean(false)),
                CellDraft(.date(CellDate(year: 2023, month: 12, day: 31, millisecondsOfDay: (18 * 3600 + 30 * 60 + 15) * 1000))),
            ],
            [],
            [.empty, .empty, .empty, CellDraft(.number(-0.0125)), .empty, CellDraft(.date(CellDate(year: 1900, month: 3, day: 1)))],
            [CellDraft(.text("Ноолуур")), CellDraft(.error("#N/A")), CellDraft(.text("_x0041_ stays as typed"))],
        ],
        columns: [
            ColumnDraft(width: 16, format: .text), ColumnDraft(width: 30), ColumnDraft(width: 12), ColumnDraft(width: 10), ColumnDraft(width: 9.5),
            ColumnDraft(width: 20, format: .date), ColumnDraft(format: .text),
        ],
        frozenRows: 1,
        validations: [
            ListValidation(
                cells: CellRange(from: CellReference(column: 3, row: 2), to: CellReference(column: 3, row: 1000)), listSheet: listsName,
                list: CellRange(from: CellReference(column: 1, row: 1), to: CellReference(column: 1, row: 3)),
                prompt: .init(title: "Fibre", text: "Choose the fibre from the list / Жагсаалтаас сонгоно уу"),
                error: .init(title: "Not a fibre", text: "Choose a fibre from the list")),
            ListValidation(
                cells: CellRange(from: CellReference(column: 7, row: 2), to: CellReference(column: 7, row: 1000)), listSheet: listsName,
                list: CellRange(from: CellReference(column: 1, row: 1), to: CellReference(column: 1, row: 3)), allowsOtherValues: true),
        ])

    static let lists = SheetDraft(
        name: listsName, visibility: .hidden, rows: [[CellDraft(.text("Ноолуур"))], [CellDraft(.text("Wool"))], [CellDraft(.text("Yak's down"))]])

    /// The draft's values by sheet and reference, as a reader should find them.
    static func values(of draft: WorkbookDraft) -> [String: [String: CellValue]] {
        var sheets: [String: [String: CellValue]] = [:]
        for sheet in draft.sheets {
            var cells: [String: CellValue] = [:]
            for (row, drafts) in sheet.rows.enumerated() {
                for (column, cell) in drafts.enumerated() {
                    if let value = cell.value { cells[CellReference(column: column + 1, row: row + 1).description] = value }
                }
            }
            sheets[sheet.name] = cells
        }
        return sheets
    }
}
