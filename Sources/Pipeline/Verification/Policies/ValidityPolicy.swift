import Diagnostics
import JSONCore
import Traceability

/// The credential is valid at the time checked: not before its `validFrom`, not after its
/// `validUntil` (VC Data Model 2.0 §4.9), and, when the payload has them, not before the JWT
/// claim `nbf` nor on or after `exp` (RFC 7519 §4.1).
///
/// `validFrom` and `validUntil` must be date-times with a time zone (`VC-CREDENTIAL-MALFORMED`);
/// an `exp` or `nbf` that is not a number is the JWT claims policy's to report.
public struct ValidityPolicy: VerificationPolicy {
    /// Whether a start after the time checked is a failure. It is for a credential; a status list
    /// issued after that time (re-signed by a later revocation) is the newest word on the
    /// statuses it holds, and is read.
    public let checksStart: Bool

    /// The policy, checking the start unless told not to.
    public init(checksStart: Bool = true) {
        self.checksStart = checksStart
    }

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        guard let payload = credential.payload else { return [] }
        let time = credential.time
        var failures: [Diagnostic] = []
        func failure(_ rule: VerificationRule, _ member: String, _ message: String) {
            failures.append(Diagnostic(rule, message, at: credential.payloadLocation(member)))
        }
        if let start = dateTime("validFrom", in: payload, credential, &failures), checksStart, start > time.latest {
            failure(.notYetValid, "validFrom", "the credential is valid from \(start), after \(time)")
        }
        if let end = dateTime("validUntil", in: payload, credential, &failures), end < time.earliest {
            failure(.expired, "validUntil", "the credential was valid until \(end), before \(time)")
        }
        if checksStart, let notBefore = payload["nbf"]?.numberValue.flatMap(Self.instant), notBefore > time.latest {
            failure(.notYetValid, "nbf", "the JWT is not valid before \(notBefore) (nbf), after \(time)")
        }
        if let expiry = payload["exp"]?.numberValue.flatMap(Self.instant), expiry <= time.earliest {
            failure(.expired, "exp", "the JWT expired at \(expiry) (exp), before \(time)")
        }
        return failures
    }

    /// The date-time of the member `name`, when present; a malformed one is a failure.
    private func dateTime(_ name: String, in payload: JSONValue, _ credential: SecuredCredential, _ failures: inout [Diagnostic]) -> EPCISTime? {
        guard let value = payload[name] else { return nil }
        guard let text = value.stringValue, let instant = EPCISTime(text) else {
            failures.append(
                Diagnostic(
                    VerificationRule.credentialMalformed, "\(name) is not a date-time with a time zone (2026-09-01T00:00:00Z)",
                    at: credential.payloadLocation(name)))
            return nil
        }
        return instant
    }

    /// The instant a NumericDate (seconds since 1970, maybe fractional) names; `nil` beyond any calendar.
    private static func instant(_ number: JSONNumber) -> EPCISTime? {
        let seconds = number.doubleValue
        guard seconds.isFinite, abs(seconds) < 1e15 else { return nil }
        let whole = seconds.rounded(.down)
        return EPCISTime(secondsSinceEpoch: Int64(whole), nanoseconds: Int32((seconds - whole) * 1e9))
    }
}
