/// Why a schema could not be compiled into a validator.
public struct SchemaCompileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule the schema breaks, stable for programs.
    public let rule: SchemaRule
    /// Where: the absolute URI of the schema location (or a file path).
    public let location: String
    /// What is wrong, for people.
    public let message: String

    init(_ rule: SchemaRule, at location: String, _ message: String) {
        self.rule = rule
        self.location = location
        self.message = message
    }

    public var description: String { "\(rule.id) at \(location): \(message)" }
}
