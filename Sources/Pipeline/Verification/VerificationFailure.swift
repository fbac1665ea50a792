import Credentials
import Diagnostics

/// A failure found once and reported wherever it matters: the rule it breaks and what is wrong,
/// without a place yet.
///
/// Resolving a key or a status list is done once for every credential that names it; each
/// credential then reports the failure at its own `kid` or `credentialStatus`.
public struct VerificationFailure: Error, Sendable, CustomStringConvertible {
    /// The failure as a diagnostic without a place.
    private let unplaced: Diagnostic

    /// A failure of `rule`.
    public init(_ rule: some DiagnosticRule, _ message: String) {
        unplaced = Diagnostic(rule, message, at: SourceLocation(file: ""))
    }

    /// The failure `diagnostic` of an input reports, its place named in the message.
    public init(_ diagnostic: Diagnostic) {
        var unplaced = diagnostic
        unplaced.message = "\(diagnostic.location): \(diagnostic.message)"
        self.unplaced = unplaced
    }

    /// The failure of a JWS, a JWK or a key.
    public init(_ error: CredentialError) { self.init(error.rule, error.message) }

    /// The failure of a DID document.
    public init(_ error: DIDDocumentError) { self.init(error.rule, error.description) }

    /// The failure of a DID or a DID URL.
    public init(_ error: DIDWebError) { self.init(error.rule, error.description) }

    /// The failure of a status list.
    public init(_ error: StatusListError) { self.init(error.rule, error.description) }

    /// The id of the rule broken.
    public var ruleID: String { unplaced.ruleID }

    /// What is wrong, for a person.
    public var message: String { unplaced.message }

    /// The failure as a diagnostic at `location`.
    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        var diagnostic = unplaced
        diagnostic.location = location
        return diagnostic
    }

    /// The message and the rule's id, as a failure is named inside another's message.
    public var description: String { "\(message) [\(ruleID)]" }
}
