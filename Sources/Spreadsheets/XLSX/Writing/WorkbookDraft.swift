/// A workbook to be written as `.xlsx` by ``WorkbookWriter``: its sheets in tab order.
public struct WorkbookDraft: Sendable, Hashable {
    public var sheets: [SheetDraft]

    public init(sheets: [SheetDraft]) {
        self.sheets = sheets
    }
}
