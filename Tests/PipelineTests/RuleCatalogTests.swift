import CatalogTables
import Credentials
import Diagnostics
import Foundation
import GS1
import JSONSchema
import Passport
import Pipeline
import Spreadsheets
import TestSupport
import Testing
import Traceability

/// The rule catalogue behind `dpp rules` holds every rule type any module declares.
@Suite struct RuleCatalogTests {
    static let sources = PackageFolders.root.appendingPathComponent("Sources")

    /// The names of the enums that declare rules (`enum X: String, DiagnosticRule, ...`), found in the sources.
    static func declaredRuleEnums() throws -> Set<String> {
        var names: Set<String> = []
        let walker = FileManager.default.enumerator(atPath: sources.path)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
            for match in text.matches(of: /enum (\w+): String, DiagnosticRule/) { names.insert(String(match.1)) }
        }
        return names
    }

    @Test func everyRuleEnumOfTheSourcesIsInTheCatalogue() throws {
        let enums = try Self.declaredRuleEnums()
        #expect(enums.count >= 8, "\(enums)")
        let catalogue = try String(contentsOf: Self.sources.appendingPathComponent("Pipeline/Rules/RuleCatalog.swift"), encoding: .utf8)
        for name in enums { #expect(catalogue.contains("\(name).declarations"), "\(name) is not in RuleCatalog") }
    }

    @Test func theCatalogueHoldsEveryDeclarationOnceSortedById() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        let expected =
            InputRule.declarations + GS1Rule.declarations + EPCISRule.declarations + TraceRule.declarations
            + SchemaRule.declarations + SchemaValidationRule.declarations + CatalogRule.declarations + AssemblyRule.declarations
            + FacilityRecordRule.declarations + TraceabilityEventRule.declarations
            + CredentialRule.declarations + StatusListRule.declarations + DIDRule.declarations + VerificationRule.declarations
            + PassportDocumentRule.declarations + MigrationRule.declarations + SpreadsheetRule.declarations + SpreadsheetWriteRule.declarations
            + CatalogTableRule.declarations + StepRule.declarations + FootprintRule.declarations + ReportRule.declarations
        #expect(Set(expected.map(\.id)).isSubset(of: Set(ids)))
        let passportRules = RulePack.all.flatMap(\.rules).map(\.id)
        #expect(Set(passportRules).isSubset(of: Set(ids)))
        #expect(ids.count == expected.count + Set(passportRules).count)
    }
}
