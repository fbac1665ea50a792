import Diagnostics

/// Why a key, a JWK or a JWS could not be used: the rule it breaks and a message a person can act on.
public struct CredentialError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule that was broken.
    public let rule: CredentialRule
    /// What is wrong and, where it helps, what to do about it.
    public let message: String

    /// An error of `rule`.
    public init(_ rule: CredentialRule, _ message: String) {
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(message) [\(rule.id)]" }

    /// The error as a diagnostic at `location`.
    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(rule, message, at: location)
    }
}
