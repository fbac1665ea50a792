/// Why a schema could not be compiled into a validator.
public struct SchemaCompileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem, stable for programs (`rule` is its text form).
    public enum Kind: String, Sendable {
        /// A referenced document could not be read or parsed.
        case unreadableDocument = "SCHEMA-UNREADABLE"
        /// A `$ref` or `$dynamicRef` names a schema the registry does not have.
        case unresolvableReference = "SCHEMA-UNRESOLVABLE-REF"
        /// `$ref`s lead back to where they started without going into the instance.
        case referenceCycle = "SCHEMA-REF-CYCLE"
        /// A keyword has a value of the wrong kind.
        case invalidKeyword = "SCHEMA-INVALID-KEYWORD"
        /// A `pattern` is not a valid ECMA-262 regular expression.
        case invalidPattern = "SCHEMA-INVALID-PATTERN"
        /// The meta-schema requires a vocabulary this validator does not know.
        case unknownVocabulary = "SCHEMA-UNKNOWN-VOCABULARY"
    }

    /// The kind of problem.
    public let kind: Kind
    /// Where: the absolute URI of the schema location (or a file path).
    public let location: String
    /// What is wrong, for people.
    public let message: String

    init(_ kind: Kind, at location: String, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// The stable rule id.
    public var rule: String { kind.rawValue }

    public var description: String { "\(rule) at \(location): \(message)" }
}
