import CLibXML2
import Diagnostics

/// Collects libxml2's errors for one document, as diagnostics.
final class XMLErrorCollector {
    private let source: String
    private(set) var diagnostics: [Diagnostic] = []

    init(source: String) { self.source = source }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0).trimmingWhitespace() } ?? "malformed XML"
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let column = error.int2 > 0 ? Int(error.int2) : nil
        let diagnostic = Diagnostic(
            InputRule.xmlMalformed, "the XML is not well-formed: \(message)",
            at: SourceLocation(file: source, line: error.line > 0 ? Int(error.line) : nil, column: column), severity: severity)
        // libxml2 raises an input conversion failure once for each place that meets it.
        if diagnostics.last != diagnostic { diagnostics.append(diagnostic) }
    }
}

/// libxml2's process-wide set-up, done once before any parse.
enum LibXML2Setup {
    private static let done: Bool = {
        xmlInitParser()
        // Refuse every external entity or DTD, whatever the document asks for.
        xmlSetExternalEntityLoader { _, _, _ in nil }
        return true
    }()

    static func once() {
        _ = done
    }
}
