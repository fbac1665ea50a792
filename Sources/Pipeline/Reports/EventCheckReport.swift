import Diagnostics
import JSONCore

/// What `dpp events check` found in each EPCIS document: its events, errors and warnings.
public struct EventCheckReport: Sendable {
    public let documents: EventDocuments

    public init(_ documents: EventDocuments) { self.documents = documents }

    /// Whether any document has an error.
    public var hasErrors: Bool { documents.diagnostics.hasErrors }

    /// Every diagnostic, then a line per file with its counts.
    public var text: String {
        var text = ""
        for document in documents.documents {
            for diagnostic in document.result.diagnostics { text += diagnostic.description + "\n" }
            let counts = Self.counts(document.result.diagnostics)
            text += "\(document.path): \(document.result.records.count) events, \(counts.errors) errors, \(counts.warnings) warnings\n"
        }
        return text
    }

    /// Each file with its event count and diagnostics, then the total errors and warnings.
    public var json: JSONValue {
        let files: [JSONValue] = documents.documents.map { document in
            [
                "file": .string(document.path),
                "events": .number(JSONNumber(document.result.records.count)),
                "diagnostics": .array(document.result.diagnostics.map(\.json)),
            ]
        }
        let counts = Self.counts(documents.diagnostics)
        return [
            "files": .array(files),
            "errors": .number(JSONNumber(counts.errors)),
            "warnings": .number(JSONNumber(counts.warnings)),
        ]
    }

    private static func counts(_ diagnostics: [Diagnostic]) -> (errors: Int, warnings: Int) {
        (diagnostics.filter { $0.severity == .error }.count, diagnostics.filter { $0.severity == .warning }.count)
    }
}
