import Diagnostics

/// The rules of the workbook writer: what a workbook must be for Excel, LibreOffice and the
/// readers to open it as written, each refused before anything is written.
public enum SpreadsheetWriteRule: String, DiagnosticRule, CaseIterable {
    case value = "SHEET-WRITE-VALUE"
    case sheet = "SHEET-WRITE-SHEET"
    case limit = "SHEET-WRITE-LIMIT"

    public static let module = "Spreadsheets"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var kind: RuleKind { .finding }

    public var summary: String {
        switch self {
        case .value:
            "a value written to a workbook is one SpreadsheetML carries: text of at most 32,767 characters with none that XML 1.0 forbids "
                + "(control characters other than tab, line feed and carriage return), finite numbers, real dates from 1900-01-01 to "
                + "9999-12-31, column widths from 0 to 255, and list validation titles of at most 32 and messages of at most 255 characters"
        case .sheet:
            "a workbook written has at least one visible sheet, and every sheet name is 1 to 31 characters, has none of [ ] : * ? / \\, "
                + "neither starts nor ends with an apostrophe, is not History, and differs from the others ignoring case; "
                + "a list validation takes its list from one of them"
        case .limit:
            "a workbook written stays within what SpreadsheetML and a zip container without ZIP64 hold: 1,048,576 rows and 16,384 columns "
                + "a sheet, 65,534 entries, and entries and the container under 4 GiB"
        }
    }
}
