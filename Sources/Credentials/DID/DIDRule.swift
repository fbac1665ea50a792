import Diagnostics

/// The rules of `did:web` identifiers and DID documents: their syntax, their keys, and the
/// lookup of the key a credential names.
///
/// The raw value is the id reports print (`DID-KEY-UNKNOWN`); it never changes once published.
public enum DIDRule: String, DiagnosticRule, CaseIterable {
    /// A `did:web` DID, or the DID URL of a key, that does not follow the method's syntax.
    case syntax = "DID-SYNTAX"
    /// A DID document whose members are missing or of the wrong kind.
    case documentMalformed = "DID-DOCUMENT-MALFORMED"
    /// A DID document larger than may be read.
    case documentTooLarge = "DID-DOCUMENT-TOO-LARGE"
    /// Two keys under one id, or documents of two DIDs, that cannot be merged.
    case documentConflict = "DID-DOCUMENT-CONFLICT"
    /// Private key material in a DID document.
    case privateKey = "DID-PRIVATE-KEY"
    /// A DID URL that names no verification method of the document.
    case keyUnknown = "DID-KEY-UNKNOWN"
    /// A verification method that is not listed under `assertionMethod`.
    case keyNotAssertion = "DID-KEY-NOT-ASSERTION"
    /// A verification method that is not a `JsonWebKey` with a `publicKeyJwk`.
    case keyNotJWK = "DID-KEY-NOT-JWK"

    public static let module = "Credentials"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var kind: RuleKind {
        switch self {
        case .documentMalformed: .malformed
        case .documentTooLarge: .unreadable
        case .syntax, .documentConflict, .privateKey, .keyUnknown, .keyNotAssertion, .keyNotJWK: .finding
        }
    }

    public var summary: String {
        switch self {
        case .syntax: "a DID is did:web:DOMAIN[%3APORT][:PATH...] with a domain name (not an IP address), and a key's DID URL adds #FRAGMENT"
        case .documentMalformed: "a DID document is a JSON object with an id, and verification methods with an id, a type and a controller"
        case .documentTooLarge: "a DID document is no larger than 1 MiB"
        case .documentConflict: "a key id names one key, and only documents of the same DID are merged"
        case .privateKey:
            "a DID document holds public keys only: no private JWK member (d, p, q, dp, dq, qi, oth, k), no privateKeyJwk or secretKeyJwk"
        case .keyUnknown: "the DID URL of a key names a verification method of the issuer's DID document"
        case .keyNotAssertion: "the key that signs a credential is listed under assertionMethod"
        case .keyNotJWK: "the key that signs a credential is a JsonWebKey with a publicKeyJwk"
        }
    }
}
