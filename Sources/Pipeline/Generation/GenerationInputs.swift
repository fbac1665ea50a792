import Diagnostics
import Passport
import TextileResources
import Traceability

/// The read stage of a generation run: the catalogue and the EPCIS documents, with every problem found reading them.
public struct GenerationInputs: Sendable {
    /// The catalogue, when it could be read and used.
    public var catalog: Catalog?
    public var events: EventDocuments
    /// The problems of the catalogue and the events, in the order found.
    public var diagnostics: [Diagnostic]

    /// Reads the inputs of `request`. Throws ``InputFailure`` when a file cannot be read at all.
    public init(reading inputs: GenerationRequest.Inputs, jobs: JobCount, progress: ProgressSink = .none) throws(InputFailure) {
        let sink = DiagnosticSink()
        switch inputs {
        case .files(let catalogPath, let eventPaths):
            catalog = try CatalogInput.read(catalogPath, sink: sink)
            // Step rows name facilities, parties and certificates as the catalogue does.
            let directory = catalog.map(StepDirectory.init(catalog:)) ?? StepDirectory()
            events = try EventDocuments(reading: eventPaths, jobs: jobs, directory: directory, progress: progress)
        case .demoFixtures:
            catalog = CatalogReader.read(
                EmbeddedResources.demoFixtures["catalog.json"]!, file: GenerationRequest.demoCatalogName, sink: sink)
            let name = GenerationRequest.demoEventsName
            events = EventDocuments(documents: [
                .init(path: name, result: EPCISReader.read(EmbeddedResources.demoFixtures["events.jsonld"]!, source: name))
            ])
        }
        diagnostics = sink.diagnostics + events.diagnostics
    }
}
