import Foundation
import Passport
import Traceability

/// The demo fixtures of `Fixtures/demo/`, read from the package's folder.
enum DemoFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bytes of `Fixtures/demo/<name>`.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/demo/" + name)))
    }

    /// The demo catalogue, read by ``CatalogReader``.
    static func catalog() throws -> Catalog {
        let sink = DiagnosticSink()
        guard let catalog = CatalogReader.read(try bytes("catalog.json"), file: "catalog.json", sink: sink) else {
            throw FixtureError(message: "the demo catalogue does not read: \(sink.diagnostics)")
        }
        return catalog
    }

    /// The demo events, read by ``EPCISReader``.
    static func events() throws -> [EPCISEvent] {
        EPCISReader.read(try bytes("events.jsonld"), source: "events.jsonld").events
    }

    struct FixtureError: Error { let message: String }
}
