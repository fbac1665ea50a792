import JSONCore

/// JSON Web Signatures in compact serialisation (RFC 7515 §7.1): `header.payload.signature`,
/// each part base64url without padding.
///
/// ``sign(payload:header:key:)`` makes one; ``ParsedJWS`` reads one and ``ParsedJWS/verified(with:allowing:understanding:)``
/// checks it into a ``VerifiedJWS``.
///
/// Limits, so that hostile input is refused quickly and in bounded memory: a whole JWS of at
/// most ``maximumSize`` bytes (16 MiB, far above a passport of tens of kilobytes), a protected
/// header of at most ``maximumHeaderSize`` bytes (8 KiB) nested at most 8 deep, a JSON payload nested
/// at most 128 deep (``payloadLimits``).
public enum JWS {
    /// The longest compact JWS read or written, in bytes.
    public static let maximumSize = 16 << 20
    /// The longest protected header read, in bytes once decoded.
    public static let maximumHeaderSize = 8 << 10
    /// The limits of the protected header's JSON.
    static let headerLimits = JSONParser.Options(maxDepth: 8, maxBytes: maximumHeaderSize)
    /// The limits of a payload read as JSON.
    public static let payloadLimits = JSONParser.Options(maxDepth: 128, maxBytes: maximumSize)

    /// The compact JWS of `payload` under `header`, signed by `key` with `header.algorithm`.
    ///
    /// The header is written as compact JSON with its members in a fixed order, so that the
    /// same payload, header and Ed25519 key always give the same bytes (Ed25519 signatures are
    /// deterministic; ECDSA ones are not). ``CredentialRule/jwsKeyMismatch`` when the algorithm
    /// needs a key of another curve, ``CredentialRule/jwsCritical`` when `crit` is malformed,
    /// ``CredentialRule/jwsTooLarge`` when the JWS would be longer than ``maximumSize``.
    public static func sign(payload: [UInt8], header: JOSEHeader, key: PrivateKey) throws(CredentialError) -> String {
        try header.checkCritical()
        let encodedHeader = JSONWriter().bytes(header.json)
        let size =
            Base64URL.encodedLength(of: encodedHeader.count) + 1 + Base64URL.encodedLength(of: payload.count) + 1
            + Base64URL.encodedLength(of: header.algorithm.signatureSize)
        guard size <= maximumSize else {
            throw CredentialError(.jwsTooLarge, "the JWS would have \(size) bytes; at most \(maximumSize) are read")
        }
        var compact: [UInt8] = []
        compact.reserveCapacity(size)
        Base64URL.append(encodedHeader, to: &compact)
        compact.append(UInt8(ascii: "."))
        Base64URL.append(payload, to: &compact)
        let signature = try key.sign(compact, with: header.algorithm)
        compact.append(UInt8(ascii: "."))
        Base64URL.append(signature, to: &compact)
        return String(decoding: compact, as: UTF8.self)
    }
}
