import Credentials
import Diagnostics

/// A failure found once and reported wherever it matters: the rule it breaks and what is wrong,
/// without a place yet.
///
/// Resolving a key or a status list is done once for every credential that names it; each
/// credential then reports the failure at its own `kid` or `credentialStatus`.
public struct VerificationFailure: Error, Sendable, CustomStringConvertible {
    /// The rule broken.
    public let rule: any DiagnosticRule
    /// What is wrong, for a person.
    public let message: String

    /// A failure of `rule`.
    public init(_ rule: some DiagnosticRule, _ message: String) {
        self.rule = rule
        self.message = message
    }

    /// The failure of a JWS, a JWK or a key.
    public init(_ error: CredentialError) { self.init(error.rule, error.message) }

    /// The failure of a DID document.
    public init(_ error: DIDDocumentError) { self.init(error.rule, error.description) }

    /// The failure of a DID or a DID URL.
    public init(_ error: DIDWebError) { self.init(error.rule, error.description) }

    /// The failure of a status list.
    public init(_ error: StatusListError) { self.init(error.rule, error.description) }

    /// The failure as a diagnostic at `location`.
    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(rule, message, at: location)
    }

    /// The message and the rule's id, as a failure is named inside another's message.
    public var description: String { "\(message) [\(rule.id)]" }
}
