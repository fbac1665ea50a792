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
    /// A catalogue with every member the schema allows, each list with two elements where it can.
    static let everyField = """
        {
          "$schema": "https://dpp.example.com/schemas/catalog.schema.json",
          "language": "mn",
          "issuer": {"name": "Хангай Кашемир ХХК", "did": "did:web:dpp.example.com:khangai", "gln": "9521234000105"},
          "parties": [
            {"id": "https://id.gs1.org/417/9521234000105", "gln": "9521234000105", "name": "Khangai", "country": "MN",
             "address": "Khan-Uul; Ulaanbaatar", "role": "manufacturer", "eori": "MN12345"},
            {"id": "https://id.gs1.org/417/9528765000192", "gln": "9528765000192", "name": "Beispiel", "country": "DE", "role": "importer"}
          ],
          "facilities": [
            {"id": "https://id.gs1.org/414/9521234000273", "gln": "9521234000273", "name": "Plant", "country": "MN", "address": "Darkhan",
             "postalCode": "045000", "locality": "Darkhan", "region": "Darkhan-Uul", "latitude": 49.49, "longitude": -105.925,
             "operator": "https://id.gs1.org/417/9521234000105", "process": "dehairing"}
          ],
          "certificates": [
            {"id": "https://cert.example.com/1", "scheme": "SFA", "schemeURL": "https://sustainablefibre.org/", "number": "0001",
             "issuer": "Body", "holder": "https://id.gs1.org/417/9521234000105", "scope": {"fibres": ["cashmere", "yak"], "activities": ["herding", "combing"]},
             "validFrom": "2026-01-15", "validUntil": "2029-01-14", "conformityTopic": "environment.biodiversity"}
          ],
          "products": [
            {"sku": "KC-1", "gtin": "09521234000112", "name": "Sweater", "description": "Knitted; 2/26 Nm", "hsCode": "611012",
             "hsDescription": "Jerseys", "weightGrams": 300.5, "countryOfProduction": "MN",
             "manufacturer": "https://id.gs1.org/417/9521234000105", "facility": "https://id.gs1.org/414/9521234000273",
             "components": [
               {"name": "shell", "kind": "main", "weightPercent": 80, "fibres": [{"fibre": "cashmere", "percent": 70}, {"fibre": "yak", "percent": 30}], "carded": true},
               {"name": "lining", "kind": "main lining", "weightPercent": 20, "fibres": [{"fibre": "silk", "percent": 100}], "carded": false}
             ],
             "durability": [{"property": "pilling", "method": "ISO 12945-2", "result": 3.5, "unit": "grade (1-5)"},
                            {"property": "shrinkage", "method": "ISO 5077", "result": -3.0}],
             "care": {"washing": "hand wash", "bleaching": "no", "drying": "flat", "ironing": "low", "professionalCleaning": "P",
                      "symbols": ["hand-wash-30", "dry-flat"]},
             "repair": {"instructions": "darn", "url": "https://example.com/repair"},
             "recyclability": {"recyclable": false, "recyclableContentPercent": 0, "instructions": "collect", "url": "https://example.com/r"},
             "recycledContentPercent": 12.25,
             "substancesOfConcern": [{"name": "X", "casNumber": "50-00-0", "concentrationPercent": 0.001, "location": "buttons"}],
             "claims": [{"text": "Traced", "kind": "traceability", "evidence": "trace"},
                        {"text": "Welfare", "kind": "animal welfare", "evidence": "https://example.com/report"}],
             "labelText": "Outer: 70% cashmere, 30% yak. Lining: 100% silk",
             "labelStatements": ["Contains non-textile parts of animal origin", "Made in Mongolia; hand finished"],
             "containsNonTextileAnimalParts": true,
             "excludedFibres": [{"fibre": "polyester", "role": "decorative", "percentOfWeight": 2.5}],
             "translations": {
               "de": {"name": "Pullover", "description": "Gestrickt", "care": {"washing": "Handwäsche", "bleaching": "nein", "drying": "flach",
                      "ironing": "niedrig", "professionalCleaning": "P"}, "repair": {"instructions": "stopfen"}},
               "en": {"name": "Sweater"}
             }},
            {"sku": "KC-2", "gtin": "09521234000280", "name": "Scarf", "description": "Scarf", "hsCode": "611710", "weightGrams": 150,
             "countryOfProduction": "MN", "manufacturer": "https://id.gs1.org/417/9521234000105",
             "facility": "https://id.gs1.org/414/9521234000273",
             "components": [{"name": "main", "kind": "main", "weightPercent": 100, "fibres": [{"fibre": "cashmere", "percent": 100}]}],
             "durability": [], "care": {"washing": "a", "bleaching": "b", "drying": "c", "ironing": "d", "professionalCleaning": "e"},
             "recyclability": {"recyclable": true, "recyclableContentPercent": 100, "instructions": "x"},
             "recycledContentPercent": 0, "substancesOfConcern": []}
          ]
        }
        """

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
        let catalogue = try JSONParser().parse(Array(Self.everyField.utf8))
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
