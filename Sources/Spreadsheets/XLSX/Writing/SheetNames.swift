import Diagnostics

/// The checks on a workbook's sheets before it is written: Excel's rules for sheet names, a
/// visible sheet to open on, and list validations that take their lists from a sheet the workbook has.
enum SheetNames {
    /// The characters Excel refuses in a sheet name.
    private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// The longest name Excel accepts, in UTF-16 code units.
    private static let maximumLength = 31

    /// Refuses the first problem of `sheets` as ``SpreadsheetWriteRule/sheet``, located at the workbook `source`.
    static func check(_ sheets: [SheetDraft], source: String) throws(Diagnostic) {
        var seen: Set<String> = []
        for sheet in sheets {
            let location = SourceLocation(file: source, part: sheet.name)
            if let problem = problem(with: sheet.name) { throw .error(SpreadsheetWriteRule.sheet, "the sheet name \(problem)", at: location) }
            guard seen.insert(sheet.name.lowercased()).inserted else {
                throw .error(SpreadsheetWriteRule.sheet, "the sheet name is used twice (Excel ignores case in sheet names)", at: location)
            }
        }
        for sheet in sheets {
            for validation in sheet.validations where !sheets.contains(where: { $0.name == validation.listSheet }) {
                throw .error(
                    SpreadsheetWriteRule.sheet,
                    "the list of the drop-down on \(validation.cells) is on the sheet \(validation.listSheet), which the workbook lacks",
                    at: SourceLocation(file: source, part: sheet.name))
            }
        }
        guard sheets.contains(where: { $0.visibility == .visible }) else {
            throw .error(SpreadsheetWriteRule.sheet, "the workbook has no visible sheet for Excel to open on", at: SourceLocation(file: source))
        }
    }

    /// What is wrong with `name` as a sheet name, or `nil` when Excel accepts it.
    static func problem(with name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.utf16.count > maximumLength { return "is longer than \(maximumLength) characters" }
        if let character = name.first(where: forbidden.contains) { return "holds \(character), which Excel refuses in sheet names ([ ] : * ? / \\)" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "starts or ends with an apostrophe" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || XMLText.isForbidden($0) }) { return "holds a control character" }
        if name.lowercased() == "history" { return "is History, which Excel keeps for itself" }
        return nil
    }
}
