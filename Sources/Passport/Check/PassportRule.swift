import Diagnostics

/// One check of a passport: a stable id, what it protects, and the check itself.
///
/// Rules read the ``Passport`` a document view decoded, not the JSON, so that `dpp validate`
/// checks any passport file, whoever wrote it and in whichever UNTP version; each finding says
/// which field it is about, and the view turns that into a JSON Pointer of the document.
public struct PassportRule: DiagnosticRule {
    public static let module = "Passport"

    public let id: String
    public let defaultSeverity: Diagnostic.Severity
    /// One line saying what the rule demands.
    public let summary: String
    let check: @Sendable (Passport, CheckContext) -> [Finding]

    init(
        _ id: String, _ summary: String, severity: Diagnostic.Severity = .error,
        check: @escaping @Sendable (Passport, CheckContext) -> [Finding]
    ) {
        self.id = id
        defaultSeverity = severity
        self.summary = summary
        self.check = check
    }

    /// What each of `rules` finds in `passport`, in the rules' order, with what several rules
    /// work out from the passport (``PassportFacts``) worked out once.
    static func findings(of rules: [PassportRule], on passport: Passport, _ context: CheckContext) -> [(rule: PassportRule, finding: Finding)] {
        var context = context
        context.facts = PassportFacts()
        // Each rule run in place in the list: a rule is copied (its texts and closure retained)
        // only into what it found.
        var found: [(rule: PassportRule, finding: Finding)] = []
        rules.withUnsafeBufferPointer { rules in
            for index in rules.indices {
                let findings = rules[index].check(passport, context)
                if !findings.isEmpty { found += findings.map { (rules[index], $0) } }
            }
        }
        return found
    }

    /// What a rule found: a message and the field it is about.
    struct Finding {
        let message: String
        let field: PassportField

        init(_ message: String, at field: PassportField) {
            self.message = message
            self.field = field
        }
    }
}
