import Diagnostics
import GS1
import JSONSchema
import Passport
import Testing
import Traceability

/// The rules declared as types: every id is unique across the modules and well-formed, and every
/// rule says in one line what it demands.
@Suite struct RuleDeclarationTests {
    static let declarations: [RuleDeclaration] =
        InputRule.declarations + EPCISRule.declarations + CatalogRule.declarations
        + GS1Rule.declarations + SchemaRule.declarations + SchemaValidationRule.declarations

    @Test func everyIDIsDeclaredOnce() {
        let counts = Dictionary(Self.declarations.map { ($0.id, 1) }, uniquingKeysWith: +)
        #expect(counts.filter { $0.value > 1 }.keys.sorted() == [])
    }

    @Test func everyIDIsUpperCaseWordsJoinedByHyphens() throws {
        let form = try Regex("^[A-Z0-9]+(-[A-Z0-9]+)+$")
        for declaration in Self.declarations {
            #expect(declaration.id.wholeMatch(of: form) != nil, "\(declaration.id)")
        }
    }

    @Test func everyRuleHasASummaryOnOneLine() {
        for declaration in Self.declarations {
            #expect(!declaration.summary.isEmpty && !declaration.summary.contains("\n"), "\(declaration.id)")
        }
    }
}
