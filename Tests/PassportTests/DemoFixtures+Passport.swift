import Passport
import TestSupport
import Traceability

extension DemoFixtures {
    /// The demo catalogue, read by ``CatalogReader``.
    static func catalog() throws -> Catalog {
        let sink = DiagnosticSink()
        guard let catalog = CatalogReader.read(try bytes("catalog.json"), file: "catalog.json", sink: sink) else {
            throw FixtureError(message: "the demo catalogue does not read: \(sink.diagnostics)")
        }
        return catalog
    }

    /// The demo events, read by ``EPCISReader`` and indexed.
    static func graph() throws -> TraceGraph {
        TraceGraph(events: EPCISReader.read(try bytes("events.jsonld"), source: "events.jsonld").events)
    }

    /// A demo fixture that does not read.
    struct FixtureError: Error {
        let message: String
    }
}
