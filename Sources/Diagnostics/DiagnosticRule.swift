/// A rule a diagnostic can name: its stable id, default severity, kind and a one-line summary.
///
/// Each module declares its rules as one type conforming to this protocol (an enum whose raw
/// values are the ids), so that an id is spelled once and `dpp rules` can list every rule.
public protocol DiagnosticRule: Sendable {
    /// The stable id reports print, such as `TXT-COMPOSITION-SUM`; it never changes once published.
    var id: String { get }
    /// The severity a diagnostic of this rule has unless the stage says otherwise.
    var defaultSeverity: Diagnostic.Severity { get }
    /// One line saying what the rule demands.
    var summary: String { get }
    /// What kind of problem the rule reports; policies decide by it, never by the id's spelling.
    var kind: RuleKind { get }
    /// The module that declares the rule (`Traceability`, `Passport`...).
    static var module: String { get }
}

extension DiagnosticRule {
    public var kind: RuleKind { .finding }

    /// The declaration of this rule, as `dpp rules` lists it.
    public var declaration: RuleDeclaration {
        RuleDeclaration(id: id, severity: defaultSeverity, kind: kind, module: Self.module, summary: summary)
    }
}

extension DiagnosticRule where Self: RawRepresentable, RawValue == String {
    public var id: String { rawValue }
}

extension DiagnosticRule where Self: CaseIterable {
    /// The declarations of every rule of this type, in declaration order.
    public static var declarations: [RuleDeclaration] { allCases.map(\.declaration) }
}

/// What kind of problem a rule reports, which decides what happens to the input.
public enum RuleKind: String, Sendable, Hashable, CaseIterable {
    /// Something wrong with the content of an input that was read: a validation finding.
    case finding
    /// The input could be read but not parsed (malformed JSON or XML): nothing in it can be checked.
    case malformed
    /// The input could not be read at all: missing, a folder, no permission, too large, a read error.
    case unreadable
}
