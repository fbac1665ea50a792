import Diagnostics

/// The rules of a catalogue read from a workbook or a folder of CSV files (``CatalogLayout``),
/// beyond the catalogue's own (`CatalogRule`, `GS1Rule`), which are reported at the cells too.
public enum CatalogTableRule: String, DiagnosticRule, CaseIterable {
    case sheetUnknown = "CATALOG-SHEET-UNKNOWN"
    case sheetMissing = "CATALOG-SHEET-MISSING"
    case sheetDuplicate = "CATALOG-SHEET-DUPLICATE"
    case columnUnknown = "CATALOG-COLUMN-UNKNOWN"
    case columnMissing = "CATALOG-COLUMN-MISSING"
    case columnDuplicate = "CATALOG-COLUMN-DUPLICATE"
    case cellValue = "CATALOG-CELL-VALUE"
    case rowParent = "CATALOG-ROW-PARENT"
    case rowDuplicate = "CATALOG-ROW-DUPLICATE"
    case rowCount = "CATALOG-ROW-COUNT"
    case notTabular = "CATALOG-NOT-TABULAR"

    public static let module = "CatalogTables"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var kind: RuleKind {
        switch self {
        case .sheetUnknown, .sheetMissing, .sheetDuplicate, .columnUnknown, .columnMissing, .columnDuplicate: .malformed
        case .cellValue, .rowParent, .rowDuplicate, .rowCount, .notTabular: .finding
        }
    }

    public var summary: String {
        switch self {
        case .sheetUnknown: "every sheet of a catalogue workbook (every CSV file of a catalogue folder) is one the catalogue layout names"
        case .sheetMissing: "a catalogue workbook or folder has the Issuer, Products, Components and Fibres sheets"
        case .sheetDuplicate: "no sheet of the catalogue layout is given twice (in two languages, or as two CSV files)"
        case .columnUnknown: "every column header names a column of its sheet, in English, in Mongolian or by its key in brackets"
        case .columnMissing: "every required column of a sheet is there"
        case .columnDuplicate: "no column of a sheet is given twice"
        case .cellValue: "every cell holds a value of its column's kind (text, number, true or false, a YYYY-MM-DD date)"
        case .rowParent: "every row of a product's list names a product of the Products sheet (and a fibre row a component of it)"
        case .rowDuplicate: "no two products share a SKU, no product two components of one name or two translations of one language"
        case .rowCount: "the Issuer sheet has exactly one row"
        case .notTabular: "a catalogue written as tables holds only members the layout has columns for, of the column's kind"
        }
    }
}
