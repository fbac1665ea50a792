import Foundation
import JSONCore
import Passport
import Rendering
import TestSupport
import Testing
import TextileResources
import Traceability

@Suite struct ConsumerPageTests {
    static let table = try! JSONParser().parse(EmbeddedResources.schemas["consumer-page-text.json"]!)

    @Test func everyTextIsGivenInEveryPublishedLanguage() throws {
        let codes = PageText.languages.map(\.code)
        #expect(codes == ["en", "mn", "de", "fr", "it"])
        let text = try #require(Self.table["text"]?.objectValue)
        #expect(text.count > 30)
        for (key, translations) in text {
            let given = Set(translations.objectValue?.keys ?? [])
            #expect(given == Set(codes), "\(key)")
            for (code, value) in translations.objectValue ?? JSONObject() {
                // A placeholder in English must be in every translation, and nothing else.
                let english = try #require(translations["en"]?.stringValue)
                #expect(Self.placeholders(value.stringValue ?? "") == Self.placeholders(english), "\(key).\(code)")
            }
        }
    }

    static func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The demo sweater's passport (lot KC-SW-2026-001), assembled from `Fixtures/demo/`.
    static let demoSweater: Passport = {
        let catalog = CatalogReader.read(try! DemoFixtures.bytes("catalog.json"), file: "catalog.json", sink: DiagnosticSink())!
        let events = EPCISReader.read(try! DemoFixtures.bytes("events.jsonld"), source: "events.jsonld").events
        let generator = PassportGenerator(catalog: catalog, graph: TraceGraph(events: events), baseURL: "https://dpp.example.com")
        return generator.assembleAll().compactMap(\.assembled).first { $0.passport.lot == "KC-SW-2026-001" }!.passport
    }()

    static func passport(name: String? = nil) -> Passport {
        var passport = demoSweater
        if let name {
            passport.product.name = name
            passport.product.description = "A <b>warm</b> sweater"
        }
        return passport
    }

    /// An origin's harvest line names its lot: what follows the first `/10/` of the lot's
    /// Digital Link, percent escapes decoded, or the whole identifier when it has none.
    @Test(arguments: [
        ("https://id.gs1.org/01/09521234100010/10/HRD-BKH-2026-01", "lot HRD-BKH-2026-01"),
        ("https://id.gs1.org/01/09521234100010/10/A%2FB/10/C", "lot A/B/10/C"),
        ("urn:example:lot:7", "lot urn:example:lot:7"),
        ("/10/", "lot </small>"),
    ])
    func theHarvestLineNamesTheOriginLot(lotID: String, expected: String) throws {
        var passport = Self.passport()
        let index = try #require(passport.origins.firstIndex { $0.harvestDate != nil && $0.harvestMethod != nil })
        passport.origins[index].lotID = lotID
        let html = String(decoding: ConsumerPage.html(for: passport, writtenIn: .latest), as: UTF8.self)
        #expect(html.contains(expected), "\(lotID)")
    }

    @Test(arguments: PageText.languages)
    func thePageIsInItsLanguageWithLinksToTheOthers(language: PageText.Language) {
        let html = String(decoding: ConsumerPage.html(for: Self.passport(), writtenIn: .latest, language: language), as: UTF8.self)
        #expect(html.contains("<html lang=\"\(language.code)\">"))
        // CLDR percent patterns: a no-break space before % in German, a narrow one in French.
        let composition = [
            "en": "100% cashmere", "mn": "100% ноолуур", "de": "100\u{00A0}% Kaschmir", "fr": "100\u{202F}% cachemire", "it": "100% cashmere",
        ]
        #expect(html.contains(composition[language.code]!))
        let heading = ["en": "Composition", "mn": "Найрлага", "de": "Zusammensetzung", "fr": "Composition", "it": "Composizione"]
        #expect(html.contains("<h2>\(heading[language.code]!)</h2>"))
        for other in PageText.languages where other != language {
            #expect(html.contains("href=\"\(PageText.pageName(other))\""))
        }
        #expect(!html.contains("href=\"\(PageText.pageName(language))\""))
        let body = html[html.range(of: "</style>")!.upperBound...]
        #expect(!body.contains("{"), "an unfilled placeholder")
    }

    @Test(arguments: PageText.languages)
    func productDataIsEscapedInEveryLanguage(language: PageText.Language) {
        let html = String(
            decoding: ConsumerPage.html(for: Self.passport(name: "<script>alert(1)</script>"), writtenIn: .latest, language: language), as: UTF8.self)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("A &lt;b&gt;warm&lt;/b&gt; sweater"))
    }

    @Test(arguments: [
        (UNTPVersion.v061, ["credentialSubject": ["product": ["name": "A scarf"]]] as JSONValue),
        (.v070, ["credentialSubject": ["name": "A scarf"]] as JSONValue),
    ])
    func aPageRendersForAnyDecodedPassport(version: UNTPVersion, document: JSONValue) {
        let html = String(decoding: ConsumerPage.html(for: version.view.decode(document), writtenIn: version), as: UTF8.self)
        #expect(html.contains("<h1>A scarf</h1>"))
        #expect(html.hasSuffix("</main></body></html>\n"))
    }

    @Test(arguments: UNTPVersion.allCases)
    func theFooterNamesTheVersionTheDocumentIsWrittenIn(version: UNTPVersion) {
        let html = String(decoding: ConsumerPage.html(for: Self.passport(), writtenIn: version), as: UTF8.self)
        #expect(html.contains("(W3C Verifiable Credential, UNTP Digital Product Passport \(version.rawValue))"))
    }
}
