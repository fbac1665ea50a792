/// One declared rule, as listed by `dpp rules`: id, default severity, kind, module and summary.
public struct RuleDeclaration: Sendable, Hashable {
    public var id: String
    public var severity: Diagnostic.Severity
    public var kind: RuleKind
    public var module: String
    public var summary: String

    public init(id: String, severity: Diagnostic.Severity, kind: RuleKind, module: String, summary: String) {
        self.id = id
        self.severity = severity
        self.kind = kind
        self.module = module
        self.summary = summary
    }
}
