/// A drop-down list on a range of cells (a data validation of type list): the values allowed
/// are the cells of a range on a sheet of the same workbook, typically a hidden lists sheet.
///
/// Blank cells are allowed; any other value not in the list is refused by Excel and LibreOffice
/// with `error`'s message (their own when `nil`), or only warned about when `allowsOtherValues`
/// (a list of suggestions, such as units the schema does not close).
public struct ListValidation: Sendable, Hashable {
    /// A title (at most 32 characters) and a message (at most 255), as Excel limits them.
    public struct Message: Sendable, Hashable {
        public var title: String
        public var text: String

        public init(title: String, text: String) {
            self.title = title
            self.text = text
        }
    }

    /// The cells that get the drop-down.
    public var cells: CellRange
    /// The sheet that holds the allowed values.
    public var listSheet: String
    /// The allowed values' cells on `listSheet`.
    public var list: CellRange
    /// Shown when one of `cells` is selected.
    public var prompt: Message?
    /// Shown when a value not in the list is typed.
    public var error: Message?
    /// Whether a value not in the list is kept after the warning (`errorStyle="warning"`) rather than refused.
    public var allowsOtherValues: Bool

    public init(
        cells: CellRange, listSheet: String, list: CellRange, prompt: Message? = nil, error: Message? = nil, allowsOtherValues: Bool = false
    ) {
        self.cells = cells
        self.listSheet = listSheet
        self.list = list
        self.prompt = prompt
        self.error = error
        self.allowsOtherValues = allowsOtherValues
    }
}
