/// One problem found in an input or a passport, by any stage of the pipeline.
///
/// Stages collect diagnostics and go on; only what makes further work meaningless is thrown.
public struct Diagnostic: Sendable, Hashable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    public var severity: Severity
    /// A stable identifier of the rule, such as `TXT-COMPOSITION-SUM` or `GS1-CHECK-DIGIT`.
    public internal(set) var ruleID: String
    /// The kind of problem the rule reports (a finding, malformed or unreadable input).
    public internal(set) var kind: RuleKind
    /// What is wrong and what to do about it, for a person.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    /// A diagnostic of `rule`, with the rule's default severity unless `severity` is given.
    public init(_ rule: some DiagnosticRule, _ message: String, at location: SourceLocation, severity: Severity? = nil) {
        self.severity = severity ?? rule.defaultSeverity
        ruleID = rule.id
        kind = rule.kind
        self.message = message
        self.location = location
    }

    /// An error of `rule`, whatever its default severity.
    public static func error(_ rule: some DiagnosticRule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(rule, message, at: location, severity: .error)
    }

    /// A warning of `rule`, whatever its default severity.
    public static func warning(_ rule: some DiagnosticRule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(rule, message, at: location, severity: .warning)
    }

    /// A note of `rule`, whatever its default severity.
    public static func note(_ rule: some DiagnosticRule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(rule, message, at: location, severity: .note)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `file:line:column: error: message [RULE-ID]`, the form compilers use.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(ruleID)]"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

extension Diagnostic: Error {}
