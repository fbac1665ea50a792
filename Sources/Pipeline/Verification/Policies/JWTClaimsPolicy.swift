import Diagnostics

/// The payload's JWT claims are ones a secured credential may have: no `vc` or `vp`, which
/// VC-JOSE-COSE §3.1.1 forbids (they wrap the older VC-JWT, whose content a verifier of this
/// media type would ignore), and `exp` and `nbf`, when present, NumericDates (RFC 7519 §4.1).
public struct JWTClaimsPolicy: VerificationPolicy {
    /// The claims a secured credential may not have.
    public static let forbiddenClaims = ["vc", "vp"]
    /// The claims that must be NumericDates (seconds since the epoch) when present.
    public static let dateClaims = ["nbf", "exp"]

    public init() {}

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        guard let payload = credential.payload else { return [] }
        let forbidden = Self.forbiddenClaims.filter { payload[$0] != nil }.map { claim in
            Diagnostic(
                VerificationRule.jwtClaims, "the payload has the JWT claim \(claim), which VC-JOSE-COSE forbids in a secured credential",
                at: credential.payloadLocation(claim))
        }
        let malformedDates = Self.dateClaims.compactMap { claim in
            payload[claim].flatMap { value in
                value.numberValue == nil
                    ? Diagnostic(
                        VerificationRule.jwtClaims, "the JWT claim \(claim) is \(value.typeName), not a NumericDate (seconds since 1970)",
                        at: credential.payloadLocation(claim)) : nil
            }
        }
        return forbidden + malformedDates
    }
}
