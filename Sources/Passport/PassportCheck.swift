import Diagnostics
import JSONCore

/// The check stage: runs the rule packs (and, when given, a JSON Schema) on a passport document
/// and lists every problem found.
public struct PassportCheck: Sendable {
    public let rules: [PassportRule]

    public init(rules: [PassportRule] = CoreRules.all) {
        self.rules = rules
    }

    /// Every diagnostic for `document`, located in `file`.
    public func run(_ document: JSONValue, file: String, context: CheckContext) -> [Diagnostic] {
        let subject = PassportSubject(document: document)
        return rules.flatMap { rule in
            rule.check(subject, context).map { finding in
                Diagnostic(rule.severity, rule.id, finding.message,
                           at: SourceLocation(file: file, pointer: finding.pointer.description))
            }
        }
    }
}
