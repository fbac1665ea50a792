import Diagnostics
import JSONCore

/// Checks passport files: parses each one and runs the check stage on it.
public struct PassportValidator: Sendable {
    public let check: PassportCheck
    public let context: CheckContext

    public init(check: PassportCheck = PassportCheck(), context: CheckContext) {
        self.check = check
        self.context = context
    }

    /// The verdict for the passport in `bytes`, read from `path`.
    public func verdict(for bytes: [UInt8], path: String) -> ValidationReport.FileVerdict {
        let document: JSONValue
        do {
            document = try JSONParser().parse(bytes)
        } catch {
            let diagnostic = Diagnostic.error("JSON-MALFORMED", "not valid JSON: \(error.message)",
                                              at: SourceLocation(file: path, line: error.line, column: error.column))
            return .init(path: path, readable: false, diagnostics: [diagnostic])
        }
        return .init(path: path, readable: true, diagnostics: check.run(document, file: path, context: context))
    }
}
