import CatalogTables
import Diagnostics
import Foundation
import JSONCore
import Spreadsheets
import TestSupport
import Testing

/// Catalogue JSON → tables → catalogue JSON gives the same catalogue, with headers in English or
/// Mongolian; the tables hold the cells a bookkeeper would type.
@Suite struct CatalogTablesRoundTripTests {
    static func demo() throws -> JSONValue { try JSONParser().parse(try DemoFixtures.bytes("catalog.json")) }

    /// `catalogue` written as tables and read back with headers in `language`.
    static func roundTrip(_ catalogue: JSONValue, language: CatalogLanguage) throws -> CatalogTableReading {
        let tables = try CatalogTables(catalogue: catalogue, file: "catalog.json")
        return CatalogTableReading(
            tables: tables.tables.map { RawTable(table: $0, language: language, file: "catalogue.xlsx") },
            source: Diagnostics.SourceLocation(file: "catalogue.xlsx"))
    }

    @Test(arguments: CatalogLanguage.allCases)
    func theDemoCatalogueReadsBackIdentical(language: CatalogLanguage) throws {
        let demo = try Self.demo()
        let reading = try Self.roundTrip(demo, language: language)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.document == demo)
    }

    @Test(arguments: CatalogLanguage.allCases)
    func aCatalogueWithEveryFieldReadsBackIdentical(language: CatalogLanguage) throws {
        let catalogue = try JSONParser().parse(Array(CatalogueFixtures.everyField.utf8))
        // Every leaf the layout has a column for is in the catalogue (so that none goes untested).
        #expect(catalogue["products"]?[0]?["translations"]?["de"]?["care"]?["professionalCleaning"] == "P")
        let reading = try Self.roundTrip(catalogue, language: language)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.document == catalogue)
        #expect(reading.document["products"]?[1]?["durability"] == .array([]))
        #expect(reading.document["products"]?[1]?["claims"] == nil)
    }

    @Test func theDemoTablesHoldTheCellsABookkeeperWouldType() throws {
        let tables = try CatalogTables(catalogue: try Self.demo(), file: "catalog.json")
        let productsSheet = try #require(CatalogLayout.sheet(named: "Products"))
        let products = try #require(tables.table(of: productsSheet))
        #expect(products.rows.count == 5)
        let columns = products.sheet.columns.map(\.key)
        let sweater = products.rows[0]
        #expect(sweater[columns.firstIndex(of: "gtin")!] == .text("09521234000112"))
        #expect(sweater[columns.firstIndex(of: "weightGrams")!] == .number(JSONNumber(300)))
        #expect(sweater[columns.firstIndex(of: "recyclability.recyclable")!] == .boolean(true))
        #expect(sweater[columns.firstIndex(of: "care.symbols")!] == .text("hand-wash-30; do-not-bleach; dry-flat; iron-low; dry-clean-p"))
        #expect(sweater[columns.firstIndex(of: "hsDescription")!] != nil)
        let certificates = try #require(tables.tables.first { $0.sheet.english == "Certificates" })
        let keys = certificates.sheet.columns.map(\.key)
        #expect(certificates.rows[0][keys.firstIndex(of: "validFrom")!] == .date(CellDate(year: 2026, month: 1, day: 15)))
        #expect(certificates.rows[0][keys.firstIndex(of: "scope.activities")!] == .text("herding; combing"))
        // The beanie's two components, each with one fibre, keyed by SKU and component name.
        let fibres = try #require(tables.tables.first { $0.sheet.english == "Fibres" })
        #expect(fibres.rows.contains { $0.prefix(3) == [.text("KC-BEANIE"), .text("lining"), .text("silk")] })
        #expect(tables.tables.map(\.sheet.english) == CatalogLayout.sheets.map(\.english))
    }

    @Test func whatTheTablesCannotHoldIsRefusedByPointer() throws {
        var catalogue = try Self.demo()
        catalogue = catalogue.replacing(at: JSONPointer("/products/0/colour")!, with: "grey")
        catalogue = catalogue.replacing(at: JSONPointer("/products/1/gtin")!, with: 9_521_234_000_280)
        catalogue = catalogue.replacing(at: JSONPointer("/certificates/0/scope/activities/0")!, with: "herding; combing")
        do {
            _ = try CatalogTables(catalogue: catalogue, file: "catalog.json")
            Issue.record("a catalogue the tables cannot hold was written")
        } catch {
            let found = error.diagnostics.map { "\($0.location) [\($0.ruleID)]" }
            #expect(found.contains("catalog.json at /products/1/gtin [CATALOG-NOT-TABULAR]"), "\(found)")
            #expect(found.contains("catalog.json at /certificates/0/scope/activities [CATALOG-NOT-TABULAR]"), "\(found)")
        }
        let unknown = try Self.demo().replacing(at: JSONPointer("/products/0/colour")!, with: "grey")
        #expect(throws: CatalogTablesError.self) { try CatalogTables(catalogue: unknown, file: "catalog.json") }
        do {
            _ = try CatalogTables(catalogue: unknown, file: "catalog.json")
        } catch {
            #expect(error.diagnostics.map(\.location.description) == ["catalog.json at /products/0/colour"])
        }
    }
}
