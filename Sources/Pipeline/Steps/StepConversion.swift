import Diagnostics
import Passport
import Traceability

/// `dpp events convert`: a file of step rows read, converted into EPCIS 2.0 events and
/// written as an EPCIS document, XML or JSON-LD.
public struct StepConversion: Sendable {
    /// The EPCIS syntax written, told by the output file's extension.
    public enum Format: Sendable, Hashable {
        case jsonLD, xml

        /// The format of a file named `path`: `.jsonld` or `.json` for JSON-LD, `.xml` for XML.
        public init?(path: String) {
            let lowered = path.lowercased()
            if lowered.hasSuffix(".jsonld") || lowered.hasSuffix(".json") {
                self = .jsonLD
            } else if lowered.hasSuffix(".xml") {
                self = .xml
            } else {
                return nil
            }
        }
    }

    /// The events of the rows without errors, in row order.
    public let events: [EPCISEvent]
    /// The problems of the catalogue and of the rows.
    public let diagnostics: [Diagnostic]

    /// Reads the step rows of `path` (`.csv` or `.xlsx`), naming facilities, parties and
    /// certificates as the catalogue at `catalogPath` (JSON, a workbook or a folder of CSV files) does, when given. Throws ``InputFailure``
    /// when a file cannot be read at all.
    public init(reading path: String, catalog catalogPath: String?) throws(InputFailure) {
        let sink = DiagnosticSink()
        var directory = StepDirectory()
        if let catalogPath, let catalog = try CatalogInput.read(catalogPath, sink: sink) {
            directory = StepDirectory(catalog: catalog)
        }
        let documents = try EventDocuments(reading: [path], jobs: JobCount(1)!, directory: directory)
        events = documents.eventRecords.flatMap(\.events)
        diagnostics = sink.diagnostics + documents.diagnostics
    }

    /// Whether any row (or the catalogue) has an error: then nothing should be written.
    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The events as an EPCIS document in `format`, created at the latest event's time (so
    /// that the same rows always give the same bytes).
    public func document(_ format: Format) -> [UInt8] {
        let creationDate = events.map(\.eventTime).max() ?? EPCISTime(secondsSinceEpoch: 0)
        switch format {
        case .jsonLD: return EPCISJSONLDWriter.document(events, creationDate: creationDate)
        case .xml: return EPCISXMLWriter.document(events, creationDate: creationDate)
        }
    }
}
