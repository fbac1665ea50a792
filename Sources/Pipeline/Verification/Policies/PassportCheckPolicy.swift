import Diagnostics
import Passport

/// The payload passes the passport checks of a profile: what `dpp validate --profile P` finds in
/// a `passport.jsonld`, found in the credential and located the same way (JSON Pointers into it).
/// A traceability event credential (type `DigitalTraceabilityEvent`) or a facility record (type
/// `DigitalFacilityRecord`) is no passport: it is left alone.
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
        guard let payload = credential.payload else { return [] }
        let types = payload["type"].map { $0.arrayValue ?? [$0] } ?? []
        let otherCredentials = [TraceabilityEventDocument.credentialType, FacilityRecordDocument.credentialType]
        guard !otherCredentials.contains(where: { types.contains(.string($0)) }) else { return [] }
        return check.run(payload, file: credential.source.file, context: context)
    }
}
