import Diagnostics
import Spreadsheets
import Testing

/// What Excel would not open as drafted is refused before anything is written, as one
/// diagnostic of the writer's rules located at the sheet or the cell.
@Suite struct WorkbookWriterRefusalTests {
    /// The diagnostic writing `sheets` throws, or `nil` when it is written.
    static func refusal(_ sheets: [SheetDraft]) -> Diagnostic? {
        do {
            _ = try WorkbookWriter.bytes(of: WorkbookDraft(sheets: sheets), source: "book.xlsx")
            return nil
        } catch {
            return error
        }
    }

    static func sheet(_ name: String, _ cells: [CellDraft]) -> SheetDraft {
        SheetDraft(name: name, rows: [[.empty, .empty], [CellDraft(.text("ok"))] + cells])
    }

    /// Each forbidden character, at B2 (the first cell is fine): NUL, a vertical tab, the escape character, U+FFFF.
    @Test(arguments: ["a\u{0}b", "line\u{B}tab", "\u{1B}[1m", "end\u{FFFF}"])
    func textWithCharactersXMLForbidsIsRefusedAtItsCell(text: String) {
        let refused = Self.refusal([Self.sheet("Data", [CellDraft(.text(text))])])
        #expect(refused?.ruleID == "SHEET-WRITE-VALUE")
        #expect(refused?.location == SourceLocation(file: "book.xlsx", part: "Data!B2"))
    }

    @Test func tabsLineBreaksAndEveryOtherCharacterAreWritten() {
        let text = "tab\there\nline\r\n & < > \" ' Ноолуур 🐐 \u{7F} \u{FFFD}"
        #expect(Self.refusal([Self.sheet("Data", [CellDraft(.text(text))])]) == nil)
    }

    @Test func valuesSpreadsheetMLCannotHoldAreRefused() {
        let tooLong = String(repeating: "ж", count: 32_768)
        #expect(Self.refusal([Self.sheet("Data", [CellDraft(.text(String(tooLong.dropLast())))])]) == nil)
        let values: [CellValue] = [
            .text(tooLong), .number(.nan), .number(.infinity), .date(CellDate(year: 1899, month: 12, day: 31)),
            .date(CellDate(year: 2023, month: 2, day: 29)), .error("#OOPS!"),
        ]
        for value in values {
            let refused = Self.refusal([Self.sheet("Data", [CellDraft(value)])])
            #expect(refused?.ruleID == "SHEET-WRITE-VALUE", "\(value)")
            #expect(refused?.location.part == "Data!B2", "\(value)")
        }
    }

    /// Excel's rules: 1 to 31 characters (Mongolian counted by character), none of `[]:*?/\`,
    /// no apostrophe at either end, not History, no control character.
    @Test(arguments: [
        "", String(repeating: "Н", count: 32), "a/b", "a\\b", "[x]", "a:b", "a*b", "a?b", "'quoted", "quoted'", "History", "HISTORY", "tab\tname",
    ])
    func sheetNamesExcelRefusesAreRefused(name: String) {
        let refused = Self.refusal([Self.sheet(name, [])])
        #expect(refused?.ruleID == "SHEET-WRITE-SHEET")
        #expect(refused?.location == SourceLocation(file: "book.xlsx", part: name))
    }

    @Test func sheetNamesExcelAcceptsAreWritten() {
        for name in [String(repeating: "Н", count: 31), "Fibre's list", "R&D <2024>", "Бүтээгдэхүүн", "History 2"] {
            #expect(Self.refusal([Self.sheet(name, [])]) == nil, "\(name)")
        }
    }

    /// Excel ignores case in sheet names, Cyrillic included.
    @Test func sheetNamesThatDifferOnlyInCaseAreRefused() {
        let refused = Self.refusal([Self.sheet("Нэр", []), Self.sheet("НЭР", [])])
        #expect(refused?.ruleID == "SHEET-WRITE-SHEET")
        #expect(refused?.location.part == "НЭР")
    }

    @Test func aWorkbookWithNoVisibleSheetIsRefused() {
        #expect(Self.refusal([])?.ruleID == "SHEET-WRITE-SHEET")
        var hidden = Self.sheet("Data", [])
        hidden.visibility = .hidden
        #expect(Self.refusal([hidden])?.ruleID == "SHEET-WRITE-SHEET")
    }

    @Test func aDropDownWhoseListSheetIsMissingOrWhoseTextsAreTooLongIsRefused() throws {
        let cells = try #require(CellRange("A2:A10"))
        let list = try #require(CellRange("A1:A3"))
        var sheet = Self.sheet("Data", [])
        sheet.validations = [ListValidation(cells: cells, listSheet: "Lists", list: list)]
        #expect(Self.refusal([sheet])?.ruleID == "SHEET-WRITE-SHEET")
        let lists = SheetDraft(name: "Lists", visibility: .hidden)
        #expect(Self.refusal([sheet, lists]) == nil)
        let messages = [
            ListValidation.Message(title: String(repeating: "t", count: 33), text: "text"),
            ListValidation.Message(title: "title", text: String(repeating: "m", count: 256)),
        ]
        for message in messages {
            sheet.validations = [ListValidation(cells: cells, listSheet: "Lists", list: list, prompt: message)]
            let refused = Self.refusal([sheet, lists])
            #expect(refused?.ruleID == "SHEET-WRITE-VALUE")
            #expect(refused?.location.part == "Data!A2:A10")
        }
        sheet.validations = [ListValidation(cells: cells, listSheet: "Lists", list: list, error: messages[0])]
        #expect(Self.refusal([sheet, lists])?.ruleID == "SHEET-WRITE-VALUE")
    }

    @Test func rowsBeyondExcelsColumnsAndWidthsBeyond255AreRefused() {
        var wide = Self.sheet("Data", [])
        wide.rows = [Array(repeating: CellDraft(.number(1)), count: CellReference.maximumColumn + 1)]
        #expect(Self.refusal([wide])?.ruleID == "SHEET-WRITE-LIMIT")
        wide.rows = [Array(repeating: CellDraft(.number(1)), count: CellReference.maximumColumn)]
        #expect(Self.refusal([wide]) == nil)
        var widths = Self.sheet("Data", [])
        widths.columns = [ColumnDraft(width: 10), ColumnDraft(width: 256)]
        #expect(Self.refusal([widths])?.ruleID == "SHEET-WRITE-VALUE")
        var frozen = Self.sheet("Data", [])
        frozen.frozenRows = -1
        #expect(Self.refusal([frozen])?.ruleID == "SHEET-WRITE-LIMIT")
    }
}
