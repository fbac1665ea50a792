import Diagnostics
import Passport
import TestSupport
import Testing

@Suite struct CatalogReaderTests {
    @Test func theDemoCatalogueReadsWithoutDiagnostics() throws {
        let sink = DiagnosticSink()
        let catalog = try #require(CatalogReader.read(try DemoFixtures.bytes("catalog.json"), file: "catalog.json", sink: sink))
        #expect(sink.diagnostics.isEmpty)
        #expect(catalog.products.count == 5)
        #expect(catalog.products.map(\.gtin).allSatisfy { $0.count == 14 })
        let beanie = try #require(catalog.products.first { $0.sku == "KC-BEANIE" })
        #expect(beanie.components.map(\.kind) == ["main", "main lining"])
        #expect(catalog.certificates.count == 9)
        #expect(catalog.language == "en")
        #expect(Set(beanie.translations.keys) == ["mn", "de", "fr", "it"])
        #expect(beanie.translations["de"]?.name == "Kaschmirmütze mit Seidenfutter")
        #expect(beanie.translations["fr"]?.washing == "lavage à la main à 30 °C avec une lessive pour laine")
        #expect(beanie.translations["it"]?.repairInstructions?.hasPrefix("Il filato di ricambio") == true)
        let sweater = try #require(catalog.products.first { $0.sku == "KC-SWEATER" })
        #expect(catalog.texts(ofProduct: sweater.gtin).translations["de"]?.washing == nil)
        #expect(catalog.texts(ofProduct: "00000000000000") == ProductTexts(language: "en"))
    }

    @Test func aWrongGTINCheckDigitIsReportedAtItsPointer() throws {
        // 09521234000112 is the sweater's GTIN; its check digit is 2, not 3.
        let text = String(decoding: try DemoFixtures.bytes("catalog.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"gtin\": \"09521234000112\"", with: "\"gtin\": \"09521234000113\"")
        let sink = DiagnosticSink()
        #expect(CatalogReader.read(Array(text.utf8), file: "catalog.json", sink: sink) == nil)
        let diagnostic = try #require(sink.diagnostics.first)
        #expect(diagnostic.ruleID == "GS1-CHECK-DIGIT")
        #expect(diagnostic.location == SourceLocation(file: "catalog.json", pointer: "/products/0/gtin"))
    }

    /// Numbers that overflow a `Double`, are too large for any quantity or too small to tell from
    /// zero are each refused at their pointer (a weight of 1e999 was read as infinity and stopped
    /// `dpp generate` with a trap); zero and the range's ends are read.
    @Test func numbersOutOfTheCataloguesRangeAreRefusedAtTheirPointers() throws {
        let demo = String(decoding: try DemoFixtures.bytes("catalog.json"), as: UTF8.self)
        func read(weight: String, result: String) -> (catalog: Catalog?, problems: [String]) {
            // The first product's weight and abrasion result (every product has a result of 20000).
            var text = demo.replacingOccurrences(of: "\"weightGrams\": 300,", with: "\"weightGrams\": \(weight),")
            text.replaceSubrange(text.range(of: "\"result\": 20000,")!, with: "\"result\": \(result),")
            let sink = DiagnosticSink()
            let catalog = CatalogReader.read(Array(text.utf8), file: "catalog.json", sink: sink)
            return (catalog, sink.diagnostics.map { "\($0.ruleID) \($0.location.pointer ?? "")" })
        }
        let refused = read(weight: "1e999", result: "-1.5e12")
        #expect(refused.catalog == nil)
        #expect(refused.problems == ["CATALOG-NUMBER-RANGE /products/0/weightGrams", "CATALOG-NUMBER-RANGE /products/0/durability/1/result"])
        #expect(read(weight: "1e-999", result: "-1e-10").problems.count == 2)
        let accepted = read(weight: "1e12", result: "-1e-9")
        #expect(accepted.problems.isEmpty, "\(accepted.problems)")
        #expect(accepted.catalog?.products.first?.weightGrams == 1e12)
        #expect(read(weight: "300", result: "0").problems.isEmpty)
    }

    @Test func malformedJSONGivesLineAndColumn() {
        let sink = DiagnosticSink()
        #expect(CatalogReader.read(Array("{\n  \"issuer\": {,\n}".utf8), file: "c.json", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.ruleID) == ["JSON-MALFORMED"])
        #expect(sink.diagnostics.first?.location.line == 2)
        #expect(sink.diagnostics.first?.location.column == 14)
    }

    @Test func everyMissingFieldIsReportedNotJustTheFirst() {
        let sink = DiagnosticSink()
        let text = #"{"issuer": {"name": "X"}, "parties": [], "facilities": [], "certificates": [], "products": [{"sku": "A"}]}"#
        #expect(CatalogReader.read(Array(text.utf8), file: "c.json", sink: sink) == nil)
        let pointers = Set(sink.diagnostics.compactMap(\.location.pointer))
        #expect(pointers.isSuperset(of: ["/issuer/did", "/issuer/gln", "/products/0/gtin", "/products/0/care", "/products/0/components"]))
    }

    @Test func aCertificateThatEndsBeforeItStartsIsAnError() {
        let text = #"""
            {"issuer": {"name": "X", "did": "did:web:x.example.com", "gln": "9521234000105"}, "parties": [], "facilities": [],
             "certificates": [{"id": "https://c.example.org/1", "scheme": "S", "number": "1", "issuer": "B", "holder": "https://id.gs1.org/417/9521234000105",
               "scope": {"fibres": ["wool"]}, "validFrom": "2026-05-01", "validUntil": "2026-04-30"}], "products": []}
            """#
        let sink = DiagnosticSink()
        #expect(CatalogReader.read(Array(text.utf8), file: "c.json", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.ruleID) == ["CATALOG-CERTIFICATE-DATES"])
    }
}

extension CatalogReaderTests {
    @Test func labelFieldsAreRead() throws {
        let text = String(decoding: try DemoFixtures.bytes("catalog.json"), as: UTF8.self).replacingOccurrences(
            of: "\"labelText\": \"100% camel hair\"",
            with: """
                "labelText": "100% camel hair", "labelStatements": ["Contains non-textile parts of animal origin"],
                "containsNonTextileAnimalParts": true, "excludedFibres": [{"fibre": "polyester", "role": "decorative", "percentOfWeight": 4}]
                """
        ).replacingOccurrences(of: "\"kind\": \"main lining\",", with: "\"kind\": \"main lining\", \"carded\": true,")
        let sink = DiagnosticSink()
        let catalog = try #require(CatalogReader.read(Array(text.utf8), file: "catalog.json", sink: sink), "\(sink.diagnostics)")
        let camelThrow = try #require(catalog.products.first { $0.sku == "KC-CAMEL-THROW" })
        #expect(camelThrow.labelText == "100% camel hair")
        #expect(camelThrow.labelStatements == ["Contains non-textile parts of animal origin"])
        #expect(camelThrow.containsNonTextileAnimalParts)
        #expect(camelThrow.excludedFibres == [ExcludedFibre(fibre: "polyester", role: "decorative", percentOfWeight: 4)])
        let beanie = try #require(catalog.products.first { $0.sku == "KC-BEANIE" })
        #expect(beanie.components.map(\.carded) == [false, true])
        #expect(beanie.labelText == "Outer shell: 100% cashmere. Lining: 100% silk")
    }
}

extension CatalogReaderTests {
    /// The demo catalogue with the knitting factory's location fields replaced by `fields` (JSON members).
    private static func knittingFactory(with fields: String) throws -> String {
        let demo = String(decoding: try DemoFixtures.bytes("catalog.json"), as: UTF8.self)
        let location = """
            "postalCode": "17000",
                  "locality": "Khan-Uul",
                  "region": "Ulaanbaatar",
                  "latitude": 47.88,
                  "longitude": 106.88,
            """
        try #require(demo.contains(location), "the demo's knitting factory is not written as this test expects")
        return demo.replacingOccurrences(of: location, with: "\(fields),")
    }

    @Test func aFacilitysPostalAddressAndCoordinatesAreRead() throws {
        let text = try Self.knittingFactory(
            with: #""postalCode": "17001", "locality": "Khan-Uul", "region": "Ulaanbaatar", "latitude": 47.9, "longitude": 106.9"#)
        let sink = DiagnosticSink()
        let catalog = try #require(CatalogReader.read(Array(text.utf8), file: "catalog.json", sink: sink), "\(sink.diagnostics)")
        let factory = try #require(catalog.facilities.first { $0.gln == "9521234000419" })
        #expect(factory.postalCode == "17001")
        #expect(factory.locality == "Khan-Uul")
        #expect(factory.region == "Ulaanbaatar")
        #expect(factory.coordinates == Coordinates(latitude: 47.9, longitude: 106.9))
    }

    @Test func aFacilityMayGiveNoLocation() throws {
        let sink = DiagnosticSink()
        let catalog = try #require(
            CatalogReader.read(Array(try Self.knittingFactory(with: #""region": "Ulaanbaatar""#).utf8), file: "catalog.json", sink: sink))
        let factory = try #require(catalog.facilities.first { $0.gln == "9521234000419" })
        #expect(factory.postalCode == nil && factory.locality == nil && factory.coordinates == nil && factory.region == "Ulaanbaatar")
        #expect(sink.diagnostics.isEmpty)
    }

    @Test(arguments: [
        (#""latitude": 47.9"#, "/facilities/2/longitude"),
        (#""longitude": 106.9"#, "/facilities/2/latitude"),
        (#""latitude": 91, "longitude": 106.9"#, "/facilities/2/latitude"),
        (#""latitude": 47.9, "longitude": -180.5"#, "/facilities/2/longitude"),
    ])
    func coordinatesComeTogetherAndWithinRange(fields: String, pointer: String) throws {
        let sink = DiagnosticSink()
        #expect(CatalogReader.read(Array(try Self.knittingFactory(with: fields).utf8), file: "catalog.json", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.ruleID) == ["CATALOG-COORDINATES"])
        #expect(sink.diagnostics.first?.location.pointer == pointer)
    }
}
