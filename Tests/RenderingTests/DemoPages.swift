import Passport
import Rendering
import TestSupport
import Traceability

/// The demo's passports and product texts, assembled from `Fixtures/demo/`, for the page tests.
enum DemoPages {
    static let catalog = CatalogReader.read(try! DemoFixtures.bytes("catalog.json"), file: "catalog.json", sink: DiagnosticSink())!

    static let passports: [Passport] = {
        let events = EPCISReader.read(try! DemoFixtures.bytes("events.jsonld"), source: "events.jsonld").events
        let generator = PassportGenerator(catalog: catalog, graph: TraceGraph(events: events), baseURL: "https://dpp.example.com")
        return generator.assembleAll().compactMap(\.assembled?.passport)
    }()

    /// The passport of `lot`.
    static func passport(_ lot: String) -> Passport { passports.first { $0.lot == lot }! }

    /// The consumer page of `lot` in the language `code`, with the catalogue's product texts.
    static func page(_ lot: String, _ code: String) -> String {
        let passport = passport(lot)
        return String(
            decoding: ConsumerPage.html(
                for: passport, writtenIn: .latest, language: language(code), texts: catalog.texts(ofProduct: passport.product.registeredID ?? "")),
            as: UTF8.self)
    }

    static func language(_ code: String) -> PageText.Language { PageText.languages.first { $0.code == code }! }
}
