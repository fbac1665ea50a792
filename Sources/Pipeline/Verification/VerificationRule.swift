import Diagnostics

/// The rules of verifying a secured credential (`dpp verify`) that are the verifier's own.
///
/// The raw value is the id reports print (`VC-REVOKED`); it never changes once published. Where a
/// failure belongs to the JWS, the DID document or the status list, the verifier reports it under
/// that module's rule instead (`JWS-SIGNATURE`, `DID-KEY-UNKNOWN`, `STATUS-INDEX-RANGE`...).
public enum VerificationRule: String, DiagnosticRule, CaseIterable {
    /// A `typ` other than `vc+jwt`, or a `cty` other than `vc`.
    case mediaType = "VC-MEDIA-TYPE"
    /// A payload that is not a VC 2.0 credential.
    case credentialMalformed = "VC-CREDENTIAL-MALFORMED"
    /// A payload with the JWT claims `vc` or `vp`, or an `exp` or `nbf` that is not a NumericDate.
    case jwtClaims = "VC-JWT-CLAIMS"
    /// An `alg` the verifier does not accept, or not the one of the key that `kid` names.
    case algorithmNotAllowed = "VC-ALG-NOT-ALLOWED"
    /// No `kid`, or one that names no key the verifier can find.
    case keyIDUnresolved = "VC-KID-UNRESOLVED"
    /// A `kid` whose DID document, or the key in it, belongs to another DID.
    case keyIDOtherDID = "VC-KID-OTHER-DID"
    /// An issuer other than the DID of the key that signed, or an `iss` other than the issuer.
    case issuerMismatch = "VC-ISSUER-MISMATCH"
    /// A credential checked before its `validFrom` (or JWT `nbf`).
    case notYetValid = "VC-NOT-YET-VALID"
    /// A credential checked after its `validUntil` (or JWT `exp`).
    case expired = "VC-EXPIRED"
    /// A credential whose revocation bit is set.
    case revoked = "VC-REVOKED"
    /// A credential whose suspension bit is set.
    case suspended = "VC-SUSPENDED"
    /// A status list that cannot be read or does not verify, so that the status is unknown.
    case statusUnavailable = "VC-STATUS-UNAVAILABLE"

    public static let module = "Pipeline"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var summary: String {
        switch self {
        case .mediaType: "a secured credential's protected header has typ vc+jwt and, when present, cty vc"
        case .credentialMalformed:
            "the payload is a VC 2.0 credential: an object with the VC 2.0 context first, the type VerifiableCredential, "
                + "an issuer (a URL, or an object with one as id), a credentialSubject, and date-times as validFrom and validUntil"
        case .jwtClaims: "the payload has no JWT claim vc or vp (VC-JOSE-COSE forbids them), and exp and nbf, when present, are NumericDates"
        case .algorithmNotAllowed: "the alg is one the verifier accepts (never none or HMAC) and the one the signing key is for"
        case .keyIDUnresolved:
            "the kid names a key the verifier can find: in the issuer's DID document (site folder, --resolve, --did-document) or given with --key"
        case .keyIDOtherDID: "the DID document the kid's DID resolves to, and the key in it, are that DID's"
        case .issuerMismatch:
            "the issuer is the DID of the key that signed (the controller of a key given directly), and iss, when present, is the issuer"
        case .notYetValid: "the credential is valid at the time checked: its validFrom (and nbf) are not after it"
        case .expired: "the credential is valid at the time checked: its validUntil (and exp) are not before it"
        case .revoked: "the credential's bit in its revocation status list is clear"
        case .suspended: "the credential's bit in its suspension status list is clear"
        case .statusUnavailable: "every status list a credential names can be read, verifies, and is its issuer's"
        }
    }
}
