import Diagnostics
import Passport

/// The payload passes the passport checks of a profile: what `dpp validate --profile P` finds in
/// a `passport.jsonld`, found in the credential and located the same way (JSON Pointers into it).
/// A traceability event credential (type `DigitalTraceabilityEvent`) is no passport: it is left alone.
public struct PassportCheckPolicy: VerificationPolicy {
    /// The profile's compiled check.
    public let check: PassportCheck
    /// The thresholds of the profile, and the date certificates must be valid on.
    public let context: CheckContext

    public init(check: PassportCheck, context: CheckContext) {
        self.check = check
        self.context = context
    }

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        guard let payload = credential.payload,
            !(payload["type"].map { $0.arrayValue ?? [$0] } ?? []).contains(.string(TraceabilityEventDocument.credentialType))
        else { return [] }
        return check.run(payload, file: credential.source.file, context: context)
    }
}
