import JSONCore

extension RuleDeclaration {
    /// The declaration as JSON: id, severity, kind, module and summary.
    public var json: JSONValue {
        [
            "id": .string(id),
            "severity": .string(severity.rawValue),
            "kind": .string(kind.rawValue),
            "module": .string(module),
            "summary": .string(summary),
        ]
    }
}
