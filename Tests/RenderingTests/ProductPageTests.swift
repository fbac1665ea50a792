import Passport
import Rendering
import Testing

/// The product's page at its GTIN (`01/<gtin>/`): the product and its lots, each linked, in every language.
@Suite struct ProductPageTests {
    static let lots = DemoPages.passports.map { passport in
        ProductPage.Lot(
            passport: passport, folder: try! PassportPath.folder(of: passport),
            texts: DemoPages.catalog.texts(ofProduct: passport.product.registeredID ?? ""))
    }

    @Test func everyProductHasAPageInEveryLanguageInItsGTINsFolder() {
        let files = ProductPage.files(for: Dictionary(grouping: Self.lots, by: \.gtin).values)
        let gtins = Set(DemoPages.catalog.products.map(\.gtin))
        let expected = Set(gtins.flatMap { gtin in PageText.languages.map { "01/\(gtin)/\(PageText.pageName($0))" } })
        #expect(Set(files.map { $0.path.joined(separator: "/") }) == expected)
    }

    @Test(arguments: PageText.languages)
    func thePageLinksEachLotToItsConsumerPageInTheSameLanguage(language: PageText.Language) {
        let beanie = Self.lots.filter { $0.gtin == "09521234000358" }
        let html = ProductPage.html(for: beanie, language: language)
        #expect(html.contains("<html lang=\"\(language.code)\">"))
        for lot in beanie {
            #expect(html.contains("href=\"10/\(lot.lot)/\(PageText.pageName(language))\""))
        }
        let name = [
            "en": "Silk-lined cashmere beanie", "mn": "Торгон доторлогоотой ноолууран малгай", "de": "Kaschmirmütze mit Seidenfutter",
            "fr": "Bonnet en cachemire doublé de soie", "it": "Berretto in cashmere foderato di seta",
        ]
        #expect(html.contains("<h1>\(name[language.code]!)</h1>"))
        let count = ["en": "1 lot", "mn": "1 багц", "de": "1 Charge", "fr": "1 lot", "it": "1 lotto"]
        #expect(html.contains("<p>\(count[language.code]!)</p>"))
    }

    @Test func lotsAreListedOldestFirstAndCountedInThePlural() throws {
        let sweater = try #require(Self.lots.first { $0.gtin == "09521234000112" })
        var later = sweater
        later.lot = "KC-SW-2026-002"
        later.productionDate = "2026-09-30"
        later.folder = ["01", sweater.gtin, "10", "KC-SW-2026-002"]
        let html = ProductPage.html(for: [later, sweater], language: DemoPages.language("de"))
        #expect(html.contains("<p>2 Chargen</p>"))
        let first = try #require(html.range(of: sweater.lot)), second = try #require(html.range(of: "KC-SW-2026-002"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(html.contains("<time datetime=\"2026-09-30\">30.\u{A0}September\u{A0}2026</time>"))
    }
}
