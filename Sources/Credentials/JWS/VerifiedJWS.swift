import JSONCore

/// A JWS whose signature verified: its header and payload can be trusted as the key holder's.
///
/// Only ``ParsedJWS/verified(with:allowing:understanding:)`` makes one: the memberwise
/// initialiser is internal to the module.
public struct VerifiedJWS: Sendable {
    /// The protected header.
    public let header: JOSEHeader
    /// The payload's bytes.
    public let payload: [UInt8]

    /// The payload as JSON, within ``JWS/payloadLimits`` (``CredentialRule/jwsPayloadMalformed``).
    public func payloadJSON() throws(CredentialError) -> JSONValue {
        try JWS.payloadJSON(payload)
    }
}
