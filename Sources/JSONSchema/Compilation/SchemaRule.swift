import Diagnostics

/// Why a schema cannot be used: the rules a schema must meet to compile into a validator.
public enum SchemaRule: String, DiagnosticRule, CaseIterable {
    case unreadableDocument = "SCHEMA-UNREADABLE"
    case unresolvableReference = "SCHEMA-UNRESOLVABLE-REF"
    case referenceCycle = "SCHEMA-REF-CYCLE"
    case invalidKeyword = "SCHEMA-INVALID-KEYWORD"
    case invalidPattern = "SCHEMA-INVALID-PATTERN"
    case unknownVocabulary = "SCHEMA-UNKNOWN-VOCABULARY"

    public static let module = "JSONSchema"

    public var defaultSeverity: Diagnostic.Severity { .error }

    /// A schema that breaks any of these rules validates nothing; one that cannot be read is unreadable.
    public var kind: RuleKind {
        self == .unreadableDocument ? .unreadable : .malformed
    }

    public var summary: String {
        switch self {
        case .unreadableDocument: "every schema document can be read and parsed"
        case .unresolvableReference: "every $ref, $dynamicRef and $schema names a schema the registry has (nothing is fetched)"
        case .referenceCycle: "$refs do not lead back to where they started without going into the instance"
        case .invalidKeyword: "every keyword has a value of the kind the specification gives it"
        case .invalidPattern: "every pattern is an ECMA-262 regular expression this validator supports"
        case .unknownVocabulary: "the meta-schema requires only vocabularies this validator knows"
        }
    }
}
