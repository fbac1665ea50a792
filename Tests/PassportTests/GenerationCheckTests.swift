import Passport
import TestSupport
import Testing

/// `dpp generate` checks what it assembles with the eu-textile packs and schema, so a catalogue
/// that breaks the rules yields passports with those rules' errors (which stop publishing).
@Suite struct GenerationCheckTests {
    static func errors(_ catalog: Catalog) throws -> [String: [String]] {
        let generator = PassportGenerator(catalog: catalog, graph: try DemoFixtures.graph(), baseURL: "https://dpp.example.com")
        let check = PassportCheck()
        var errors: [String: [String]] = [:]
        for output in generator.assembleAll().compactMap(\.assembled) {
            let diagnostics = check.run(output.document, file: "passport.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
            errors[output.passport.lot ?? ""] = diagnostics.filter { $0.severity == .error }.map(\.ruleID)
        }
        return errors
    }

    @Test func theDemoCatalogueGeneratesPassportsWithoutErrors() throws {
        let errors = try Self.errors(try DemoFixtures.catalog())
        #expect(errors.count == 6)
        #expect(errors.values.allSatisfy { $0.isEmpty }, "\(errors)")
    }

    @Test func aCatalogueThatBreaksTheRulesGivesTheirErrors() throws {
        var catalog = try DemoFixtures.catalog()
        let sweater = try #require(catalog.products.firstIndex { $0.gtin == "09521234000112" })
        let scarf = try #require(catalog.products.firstIndex { $0.gtin == "09521234000280" })
        catalog.products[sweater].hsCode = "420221"  // handbags: not a textile chapter
        catalog.products[scarf].components[0].fibres.reverse()  // yak 30% before cashmere 70%
        let errors = try Self.errors(catalog)
        #expect(errors["KC-SW-2026-001"] == ["ESPR-COMMODITY-CODE"])
        #expect(errors["KC-SW-2026-002"] == ["ESPR-COMMODITY-CODE"])
        #expect(errors["KC-SC-2026-001"] == ["TXT-COMPOSITION-ORDER"])
        #expect(errors["KC-CT-2026-001"] == [])
    }
}
