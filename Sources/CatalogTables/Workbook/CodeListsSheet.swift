import Spreadsheets

/// The hidden sheet of the catalogue workbook that holds the drop-downs' values: one column per
/// ``CodeList`` (in its declared order), its name in row 1 and its values from row 2.
struct CodeListsSheet {
    /// The language of the sheet's name and of the drop-downs' messages.
    let language: CatalogLanguage
    /// The sheet's name in `language`.
    let name: String

    init(language: CatalogLanguage) {
        self.language = language
        name = language == .mongolian ? CatalogLayout.listsSheet.mongolian : CatalogLayout.listsSheet.english
    }

    /// The hidden sheet.
    var draft: SheetDraft {
        let lists = CodeList.allCases.map { [$0.rawValue] + $0.values }
        let rows = (0..<(lists.map(\.count).max() ?? 0)).map { row in
            lists.map { list in row < list.count ? CellDraft(.text(list[row]), style: row == 0 ? .header : .plain) : .empty }
        }
        return SheetDraft(
            name: name, visibility: .hidden, rows: rows, columns: lists.map { _ in ColumnDraft(width: 24, format: .text) }, frozenRows: 1)
    }

    /// The drop-down of `list` on `cells`, the cells of `column`: a closed list refuses other
    /// values, an open one only warns; a column of several values a cell (`a; b`) only warns,
    /// since the drop-down offers one value at a time.
    func validation(of list: CodeList, column: CatalogColumn, cells: CellRange) -> ListValidation {
        let index = CodeList.allCases.firstIndex(of: list)! + 1
        let values = CellRange(from: CellReference(column: index, row: 2), to: CellReference(column: index, row: max(list.values.count, 1) + 1))
        let allowsOthers = !list.isClosed || column.kind == .textList
        let prompt = column.kind == .textList ? Message.severalValues : allowsOthers ? Message.pickOrType : Message.pickOne
        let title = String((language == .mongolian ? column.mongolian : column.english).prefix(32))
        return ListValidation(
            cells: cells, listSheet: name, list: values, prompt: .init(title: title, text: prompt.text(in: language)),
            error: .init(title: title, text: (allowsOthers ? Message.notInList : Message.onlyTheList).text(in: language)),
            allowsOtherValues: allowsOthers)
    }

    /// The drop-downs' prompts and error messages.
    private enum Message {
        case pickOne, pickOrType, severalValues, notInList, onlyTheList

        func text(in language: CatalogLanguage) -> String {
            switch (self, language) {
            case (.pickOne, .english): "Pick one of the list's values."
            case (.pickOne, .mongolian): "Жагсаалтаас нэг утга сонгоно уу."
            case (.pickOrType, .english): "Pick one of the list's values, or type another."
            case (.pickOrType, .mongolian): "Жагсаалтаас сонгох эсвэл өөр утга бичнэ үү."
            case (.severalValues, .english): "Pick a value, or type several separated by ; (for example: a; b)."
            case (.severalValues, .mongolian): "Утга сонгох эсвэл ; тэмдгээр тусгаарлан хэд хэдэн утга бичнэ үү (жишээ нь: a; b)."
            case (.notInList, .english): "This value is not in the list: check that it is meant."
            case (.notInList, .mongolian): "Энэ утга жагсаалтад байхгүй: зөв эсэхийг шалгана уу."
            case (.onlyTheList, .english): "Only the list's values are accepted here."
            case (.onlyTheList, .mongolian): "Энд зөвхөн жагсаалтын утгыг оруулна."
            }
        }
    }
}
