import Diagnostics

/// The issuer the payload names is who signed: the DID of the `kid` (the controller of a key
/// given with `--key`), and the JWT claim `iss`, when present, is the issuer too (VC-JOSE-COSE §3.1.2).
///
/// A bare JWK given with `--key` has no controller: it is trusted for whatever issuer the
/// credential names. Without an issuer in the payload there is nothing to compare (the payload
/// policy says so).
public struct IssuerPolicy: VerificationPolicy {
    public init() {}

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        guard let issuer = credential.issuer else { return [] }
        var failures: [Diagnostic] = []
        if let signer = credential.key.signer, signer != issuer {
            failures.append(
                Diagnostic(
                    VerificationRule.issuerMismatch,
                    "the issuer is \(issuer), but the key that signed (kid \(credential.jws.header.keyID ?? "")) is \(signer)'s",
                    at: credential.payloadLocation("issuer")))
        }
        if let iss = credential.payload?["iss"], iss.stringValue != issuer {
            failures.append(
                Diagnostic(
                    VerificationRule.issuerMismatch, "the JWT claim iss is \(iss.stringValue ?? iss.typeName), not the issuer \(issuer)",
                    at: credential.payloadLocation("iss")))
        }
        return failures
    }
}
