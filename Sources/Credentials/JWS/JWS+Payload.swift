import JSONCore

extension JWS {
    /// The JSON a payload holds, within ``payloadLimits`` (``CredentialRule/jwsPayloadMalformed``).
    ///
    /// A verifier may read the payload of a JWS it has not verified yet, to report every problem
    /// of a credential at once; it trusts nothing in it until the signature verifies.
    public static func payloadJSON(_ payload: [UInt8]) throws(CredentialError) -> JSONValue {
        do {
            return try JSONParser(options: payloadLimits).parse(payload)
        } catch {
            throw CredentialError(.jwsPayloadMalformed, "the payload is not JSON within the limits: \(error)")
        }
    }
}
