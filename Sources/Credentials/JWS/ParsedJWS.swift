import JSONCore

/// A compact JWS taken apart: its header, payload and signature, not yet verified.
///
/// The header can be read before verifying, to find the key (`kid`); nothing else of an
/// unverified JWS should be trusted. ``verified(with:allowing:understanding:)`` checks it.
public struct ParsedJWS: Sendable {
    /// The protected header.
    public let header: JOSEHeader
    /// The payload's bytes (decoded).
    public let payload: [UInt8]
    /// The signature's bytes (decoded), in JOSE form.
    public let signature: [UInt8]
    /// What was signed: the encoded header, a dot and the encoded payload.
    let signingInput: ArraySlice<UInt8>

    /// The JWS in the compact serialisation `text`, which must have nothing around it (no line break).
    public init(compact text: some StringProtocol) throws(CredentialError) {
        try self.init(compact: Array(text.utf8))
    }

    /// The JWS in the compact serialisation `bytes` (UTF-8), which must have nothing around it.
    ///
    /// Refused: more than ``JWS/maximumSize`` bytes (``CredentialRule/jwsTooLarge``); anything
    /// but three strictly base64url parts, or a header that is not a JSON object within
    /// ``JWS/maximumHeaderSize`` (``CredentialRule/jwsMalformed``); a header
    /// that ``JOSEHeader/init(json:)`` refuses.
    public init(compact bytes: [UInt8]) throws(CredentialError) {
        guard bytes.count <= JWS.maximumSize else {
            throw CredentialError(.jwsTooLarge, "the JWS has \(bytes.count) bytes; at most \(JWS.maximumSize) are read")
        }
        let dot = UInt8(ascii: ".")
        guard let firstDot = bytes.firstIndex(of: dot), let secondDot = bytes[(firstDot + 1)...].firstIndex(of: dot),
            !bytes[(secondDot + 1)...].contains(dot)
        else {
            let parts = bytes.reduce(1) { $1 == dot ? $0 + 1 : $0 }
            throw CredentialError(.jwsMalformed, "a compact JWS has 3 parts separated by dots; this one has \(parts)")
        }
        let encodedHeader = bytes[..<firstDot]
        guard encodedHeader.count <= Base64URL.encodedLength(of: JWS.maximumHeaderSize) else {
            throw CredentialError(.jwsMalformed, "the protected header is longer than \(JWS.maximumHeaderSize) bytes")
        }
        guard let headerBytes = Base64URL.decode(bytes: encodedHeader) else {
            throw CredentialError(.jwsMalformed, "the protected header is not base64url")
        }
        let headerJSON: JSONValue
        do {
            headerJSON = try JSONParser(options: JWS.headerLimits).parse(headerBytes)
        } catch {
            throw CredentialError(.jwsMalformed, "the protected header is not JSON within the limits: \(error)")
        }
        header = try JOSEHeader(json: headerJSON)
        guard let payload = Base64URL.decode(bytes: bytes[(firstDot + 1)..<secondDot]) else {
            throw CredentialError(.jwsMalformed, "the payload is not base64url")
        }
        guard let signature = Base64URL.decode(bytes: bytes[(secondDot + 1)...]) else {
            throw CredentialError(.jwsMalformed, "the signature is not base64url")
        }
        self.payload = payload
        self.signature = signature
        signingInput = bytes[..<secondDot]
    }

    /// The JWS, verified with `key`.
    ///
    /// In this order: every `crit` extension must be in `extensions` (``CredentialRule/jwsCritical``;
    /// TextilePassport itself understands none), `alg` must be in `algorithms`
    /// (``CredentialRule/jwsAlgorithmNotAllowed``), `key` must be of the curve `alg` needs
    /// (``CredentialRule/jwsKeyMismatch``), and the signature must verify with it
    /// (``CredentialRule/jwsSignature``).
    public func verified(
        with key: PublicKey, allowing algorithms: Set<SigningAlgorithm>, understanding extensions: Set<String> = []
    ) throws(CredentialError) -> VerifiedJWS {
        if let unknown = header.critical?.first(where: { !extensions.contains($0) }) {
            throw CredentialError(.jwsCritical, "crit names the extension \(unknown), which this verifier does not understand")
        }
        guard algorithms.contains(header.algorithm) else {
            let allowed = SigningAlgorithm.allCases.filter(algorithms.contains).map(\.rawValue).joined(separator: ", ")
            throw CredentialError(
                .jwsAlgorithmNotAllowed, "alg \(header.algorithm.rawValue) is not allowed here; allowed: \(allowed.isEmpty ? "none" : allowed)")
        }
        guard header.algorithm.curve == key.curve else {
            throw CredentialError(
                .jwsKeyMismatch, "alg \(header.algorithm.rawValue) needs a \(header.algorithm.curve.rawValue) key; the key is \(key.curve.rawValue)")
        }
        guard try key.verifies(signature, of: Array(signingInput), with: header.algorithm) else {
            throw CredentialError(.jwsSignature, "the \(header.algorithm.rawValue) signature does not verify with the key")
        }
        return VerifiedJWS(header: header, payload: payload)
    }
}
