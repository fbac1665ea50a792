import Diagnostics

/// The protected header says what the JWS secures: `typ` `vc+jwt` and, when present, `cty` `vc`
/// (VC-JOSE-COSE §3.1.1). A JWS of another type (a presentation, an ID token) is not taken for
/// a credential, even when its signature verifies.
public struct MediaTypePolicy: VerificationPolicy {
    /// The `typ` of a secured credential.
    public static let type = "vc+jwt"
    /// The `cty` of a secured credential.
    public static let contentType = "vc"

    public init() {}

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        let header = credential.jws.header
        var failures: [Diagnostic] = []
        if let type = header.type {
            if !Self.names(type, Self.type) {
                failures.append(
                    Diagnostic(
                        VerificationRule.mediaType, "typ is \"\(type)\", not \(Self.type): this JWS does not secure a credential",
                        at: credential.headerLocation("typ")))
            }
        } else {
            failures.append(
                Diagnostic(
                    VerificationRule.mediaType, "the protected header has no typ; a secured credential has typ \(Self.type)",
                    at: credential.headerLocation("typ")))
        }
        if let contentType = header.contentType, !Self.names(contentType, Self.contentType) {
            failures.append(
                Diagnostic(
                    VerificationRule.mediaType, "cty is \"\(contentType)\", not \(Self.contentType): the payload is not a credential",
                    at: credential.headerLocation("cty")))
        }
        return failures
    }

    /// Whether the media type `value` is `subtype`: with or without `application/` (RFC 7515
    /// §4.1.9 recommends leaving it out), in any case (media types are case-insensitive).
    static func names(_ value: String, _ subtype: String) -> Bool {
        let lowered = value.lowercased()
        return lowered == subtype || lowered == "application/" + subtype
    }
}
