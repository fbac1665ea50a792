/// The rules every command shares for input it cannot use: one id per kind of unreadable input.
///
/// Whatever the file holds (a catalogue, EPCIS events, a passport, a schema), a file that cannot
/// be read and JSON or XML that does not parse are reported under these ids, so that policies
/// and users see one id per problem.
public enum InputRule: String, DiagnosticRule, CaseIterable {
    case unreadable = "INPUT-UNREADABLE"
    case tooLarge = "INPUT-TOO-LARGE"
    case jsonMalformed = "JSON-MALFORMED"
    case xmlMalformed = "XML-MALFORMED"

    public static let module = "Diagnostics"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var kind: RuleKind {
        switch self {
        case .unreadable, .tooLarge: .unreadable
        case .jsonMalformed, .xmlMalformed: .malformed
        }
    }

    /// A size limit in words, as the messages of ``tooLarge`` give it: `512 MiB`, or bytes when
    /// under a mebibyte.
    public static func describe(limit: Int) -> String {
        limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
    }

    public var summary: String {
        switch self {
        case .unreadable: "the input exists, is a file and can be read to its end"
        case .tooLarge: "the input is no larger than the size that may be read whole"
        case .jsonMalformed: "JSON input is well-formed JSON within the parser's limits"
        case .xmlMalformed: "XML input is well-formed XML"
        }
    }
}
