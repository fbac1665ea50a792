import Diagnostics

/// The rules of the spreadsheet readers: workbooks (zip containers of XML parts) and CSV files
/// that cannot be read, or that are refused as hostile.
public enum SpreadsheetRule: String, DiagnosticRule, CaseIterable {
    case zipMalformed = "SHEET-ZIP-MALFORMED"
    case zipChecksum = "SHEET-ZIP-CRC"
    case zipLimit = "SHEET-ZIP-LIMIT"
    case zipPath = "SHEET-ZIP-PATH"
    case encrypted = "SHEET-ENCRYPTED"
    case unsupported = "SHEET-UNSUPPORTED"
    case xmlEntity = "SHEET-XML-ENTITY"
    case workbookMalformed = "SHEET-WORKBOOK-MALFORMED"
    case rowLimit = "SHEET-ROW-LIMIT"
    case csvEncoding = "CSV-ENCODING"
    case csvMalformed = "CSV-MALFORMED"

    public static let module = "Spreadsheets"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var kind: RuleKind {
        switch self {
        case .zipLimit, .rowLimit, .encrypted, .unsupported, .csvEncoding: .unreadable
        case .zipMalformed, .zipChecksum, .zipPath, .xmlEntity, .workbookMalformed, .csvMalformed: .malformed
        }
    }

    public var summary: String {
        switch self {
        case .zipMalformed: "a workbook is a complete zip container: its central directory, headers and deflate streams are intact"
        case .zipChecksum: "every entry of a workbook's zip container inflates to the CRC-32 and size its central directory declares"
        case .zipLimit:
            "a workbook's zip container stays within the limits on entries, total uncompressed size and compression ratio (zip bombs)"
        case .zipPath: "no entry of a workbook's zip container has an absolute name or a `..` segment"
        case .encrypted: "a workbook is not encrypted or password protected (save it again without a password)"
        case .unsupported: "a workbook's entries are stored or deflated (no other zip method), and it is an .xlsx, not .xls or .xlsb"
        case .xmlEntity: "the XML parts of a workbook declare no DOCTYPE and no entities"
        case .workbookMalformed: "a workbook has its workbook part, sheets and cells as SpreadsheetML (ECMA-376) writes them"
        case .rowLimit: "a sheet or CSV file has no more rows than the limit (1,048,576 by default, Excel's own)"
        case .csvEncoding: "a CSV file is UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark"
        case .csvMalformed: "a CSV file follows RFC 4180: quotes close, and a quoted field is followed by a delimiter or a line end"
        }
    }
}
