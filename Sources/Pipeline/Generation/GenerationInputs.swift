import Credentials
import Diagnostics
import JSONCore
import Passport
import TextileResources
import Traceability

/// The read stage of a generation run: the catalogue and the EPCIS documents, with every problem found reading them.
public struct GenerationInputs: Sendable {
    /// The catalogue, when it could be read and used.
    public var catalog: Catalog?
    /// The SHA-256 of the catalogue's JSON (for tables, the JSON they stand for) in its
    /// canonical form (RFC 8785): two runs whose catalogues have the same one are given the same
    /// catalogue, as ``Catalog`` is made from that JSON alone. Nil when it cannot be worked out.
    public var catalogFingerprint: [UInt8]?
    public var events: EventDocuments
    /// The problems of the catalogue and the events, in the order found.
    public var diagnostics: [Diagnostic]

    /// Reads the inputs of `request`. Throws ``InputFailure`` when a file cannot be read at all.
    public init(reading inputs: GenerationRequest.Inputs, jobs: JobCount, progress: ProgressSink = .none) throws(InputFailure) {
        let sink = DiagnosticSink()
        switch inputs {
        case .files(let catalogPath, let eventPaths):
            let read = try CatalogInput.readDocument(catalogPath, sink: sink)
            catalog = read?.catalog
            catalogFingerprint = read.flatMap { Self.fingerprint(ofCatalog: $0.document) }
            // Step rows name facilities, parties and certificates as the catalogue does.
            let directory = catalog.map(StepDirectory.init(catalog:)) ?? StepDirectory()
            events = try EventDocuments(reading: eventPaths, jobs: jobs, directory: directory, progress: progress)
        case .demoFixtures:
            switch JSONInput.parse(EmbeddedResources.demoFixtures["catalog.json"]!, file: GenerationRequest.demoCatalogName) {
            case .success(let document):
                catalog = CatalogReader.read(document: document, file: GenerationRequest.demoCatalogName, sink: sink)
                catalogFingerprint = Self.fingerprint(ofCatalog: document)
            case .failure(let diagnostic): sink.add(diagnostic)
            }
            let name = GenerationRequest.demoEventsName
            events = EventDocuments(documents: [
                .init(path: name, result: EPCISReader.read(EmbeddedResources.demoFixtures["events.jsonld"]!, source: name))
            ])
        }
        diagnostics = sink.diagnostics + events.diagnostics
    }

    /// The SHA-256 of the canonical form of the catalogue's JSON `document`; nil when it has none
    /// (a number beyond the double range).
    private static func fingerprint(ofCatalog document: JSONValue) -> [UInt8]? {
        try? DigestAlgorithm.sha256.hash(JSONWriter.canonical(document))
    }
}
