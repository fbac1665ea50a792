import Diagnostics
import Foundation
import JSONCore

/// The payload is a VC 2.0 credential (VC Data Model 2.0 §4): a JSON object whose `@context`
/// starts with the VC 2.0 context, whose `type` includes `VerifiableCredential`, with an `issuer`
/// (a URL, or an object with one as `id`) and a `credentialSubject`.
///
/// A presentation, or any other JSON, is not accepted in a `vc+jwt`.
public struct CredentialPayloadPolicy: VerificationPolicy {
    /// The context every VC 2.0 credential starts with.
    public static let context = "https://www.w3.org/ns/credentials/v2"

    public init() {}

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        guard let payload = credential.payload else { return [] }
        func failure(_ member: String, _ message: String) -> Diagnostic {
            Diagnostic(VerificationRule.credentialMalformed, message, at: credential.payloadLocation(member))
        }
        guard payload.objectValue != nil else {
            return [
                Diagnostic(
                    VerificationRule.credentialMalformed, "the payload is \(payload.typeName), not a credential (a JSON object)",
                    at: credential.payloadLocation(JSONPointer()))
            ]
        }
        var failures: [Diagnostic] = []
        let contexts = payload["@context"].map { $0.arrayValue ?? [$0] } ?? []
        if contexts.first?.stringValue != Self.context {
            failures.append(failure("@context", "@context does not start with \(Self.context), so this is not a VC 2.0 credential"))
        }
        let types = payload["type"].map { $0.arrayValue ?? [$0] } ?? []
        if !types.contains(where: { $0.stringValue == "VerifiableCredential" }) {
            failures.append(failure("type", "type does not include VerifiableCredential"))
        }
        if let issuer = credential.issuer {
            if URL(string: issuer)?.scheme == nil { failures.append(failure("issuer", "the issuer \"\(issuer)\" is not a URL")) }
        } else {
            failures.append(failure("issuer", "the issuer is missing, or neither a URL nor an object with a URL as id"))
        }
        if payload["credentialSubject"] == nil { failures.append(failure("credentialSubject", "the credentialSubject is missing")) }
        return failures
    }
}
