import Diagnostics

/// The rules of signed credentials: keys, JWKs and JWSs that cannot be used or do not verify.
///
/// The raw value is the id reports print (`JWS-SIGNATURE`); it never changes once published.
/// The verifier of credentials adds its own rules beside these.
public enum CredentialRule: String, DiagnosticRule, CaseIterable {
    /// A JWS longer than ``JWS/maximumSize``.
    case jwsTooLarge = "JWS-TOO-LARGE"
    /// A JWS that is not three base64url parts, or whose protected header is not a JSON object
    /// with the members JWS requires, of the right types.
    case jwsMalformed = "JWS-MALFORMED"
    /// A JWS whose payload is not JSON within ``JWS/payloadLimits``, where JSON is expected.
    case jwsPayloadMalformed = "JWS-PAYLOAD-MALFORMED"
    /// A JWS whose `alg` is not among those allowed: `none`, HMAC, unsupported, or not the key's.
    case jwsAlgorithmNotAllowed = "JWS-ALG-NOT-ALLOWED"
    /// A JWS whose `crit` header is malformed or names an extension the verifier does not understand.
    case jwsCritical = "JWS-CRIT"
    /// A JWS whose `alg` needs another type of key than the one given.
    case jwsKeyMismatch = "JWS-KEY-MISMATCH"
    /// A JWS whose signature does not verify with the key.
    case jwsSignature = "JWS-SIGNATURE"
    /// A JWK that lacks a member its key type needs, has one of the wrong type or length, or
    /// holds a point that is not on its curve or a private key that does not match its public key.
    case jwkInvalid = "JWK-INVALID"
    /// A key of a type, curve or algorithm TextilePassport does not sign or verify with.
    case keyUnsupported = "KEY-UNSUPPORTED"
    /// A private key file that cannot be read, or is not an unencrypted PEM private key.
    case keyUnreadable = "KEY-UNREADABLE"
    /// A private key file that users other than its owner may read or write.
    case keyPermissions = "KEY-PERMISSIONS"
    /// A private key file that cannot be written (it exists already, or the folder is missing or read-only).
    case keyUnwritable = "KEY-UNWRITABLE"
    /// libcrypto failed at something that does not depend on the input (out of memory, no randomness).
    case cryptoFailure = "CRYPTO-FAILURE"

    public static let module = "Credentials"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var kind: RuleKind {
        switch self {
        case .jwsTooLarge, .jwsMalformed, .jwsPayloadMalformed, .jwkInvalid: .malformed
        case .keyUnreadable, .keyPermissions, .keyUnwritable: .unreadable
        case .jwsAlgorithmNotAllowed, .jwsCritical, .jwsKeyMismatch, .jwsSignature, .keyUnsupported, .cryptoFailure: .finding
        }
    }

    public var summary: String {
        switch self {
        case .jwsTooLarge: "a JWS is at most 16 MiB long"
        case .jwsMalformed: "a JWS is three base64url parts, its protected header a JSON object with a string alg"
        case .jwsPayloadMalformed: "a JWS payload that must be JSON is JSON within the parser's limits"
        case .jwsAlgorithmNotAllowed: "a JWS alg is one the verifier allows: never none, never HMAC"
        case .jwsCritical: "every extension a JWS crit header names is present and understood"
        case .jwsKeyMismatch: "a JWS is verified with a key of the type its alg needs"
        case .jwsSignature: "a JWS signature verifies with the key"
        case .jwkInvalid: "a JWK has every member its key type needs, of the right length, and a point on its curve"
        case .keyUnsupported: "a key is Ed25519, P-256, P-384 or P-521, for an algorithm TextilePassport supports"
        case .keyUnreadable: "a private key file can be read and holds an unencrypted PEM private key"
        case .keyPermissions: "a private key file can be read and written by its owner only (chmod 600)"
        case .keyUnwritable: "a new private key file can be written where asked, without replacing a file"
        case .cryptoFailure: "libcrypto carries out the operation; a failure is an internal error"
        }
    }
}
