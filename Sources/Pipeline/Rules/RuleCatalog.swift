import CatalogTables
import Credentials
import Diagnostics
import GS1
import JSONSchema
import Passport
import Spreadsheets
import Traceability

/// Every rule a diagnostic of any stage can name, as `dpp rules` lists them.
public enum RuleCatalog {
    /// The declarations of every module, sorted by id.
    public static var all: [RuleDeclaration] {
        let declarations =
            InputRule.declarations + GS1Rule.declarations + SchemaRule.declarations + SchemaValidationRule.declarations
            + EPCISRule.declarations + TraceRule.declarations + CatalogRule.declarations + AssemblyRule.declarations
            + FacilityRecordRule.declarations + TraceabilityEventRule.declarations
            + CredentialRule.declarations + StatusListRule.declarations + DIDRule.declarations + VerificationRule.declarations
            + PassportDocumentRule.declarations + MigrationRule.declarations + SpreadsheetRule.declarations + SpreadsheetWriteRule.declarations
            + CatalogTableRule.declarations + StepRule.declarations + FootprintRule.declarations + ReportRule.declarations
            + RulePack.all.flatMap(\.rules).map(\.declaration)
        return declarations.sorted { $0.id < $1.id }
    }
}
