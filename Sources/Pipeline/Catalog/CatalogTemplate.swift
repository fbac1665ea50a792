import CatalogTables
import Diagnostics
import Spreadsheets

/// `dpp template`: the empty catalogue workbook a business fills in.
public enum CatalogTemplate {
    /// The `.xlsx` bytes of the empty workbook with headers, sheet names and instructions in
    /// `language`; `target` names it in diagnostics.
    public static func bytes(in language: CatalogLanguage, target: String) throws(Diagnostic) -> [UInt8] {
        try WorkbookWriter.bytes(of: CatalogWorkbook.draft(in: language), source: target)
    }
}
