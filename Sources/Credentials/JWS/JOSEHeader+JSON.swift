import JSONCore

extension JOSEHeader {
    /// The header that the JSON object `json` holds.
    ///
    /// `alg` must be a string (``CredentialRule/jwsMalformed``) naming an algorithm TextilePassport
    /// verifies (``CredentialRule/jwsAlgorithmNotAllowed``; `none` and HMAC never are); `kid`, `typ`
    /// and `cty` must be strings; `crit` must be a well-formed list (``CredentialRule/jwsCritical``).
    public init(json: JSONValue) throws(CredentialError) {
        guard let object = json.objectValue else {
            throw CredentialError(.jwsMalformed, "the protected header is \(json.typeName), not a JSON object")
        }
        guard let algorithmName = try Self.string("alg", in: object) else {
            throw CredentialError(.jwsMalformed, "the protected header has no alg")
        }
        guard let algorithm = SigningAlgorithm(rawValue: algorithmName) else {
            throw CredentialError(.jwsAlgorithmNotAllowed, Self.refusal(ofAlgorithm: algorithmName))
        }
        self.algorithm = algorithm
        keyID = try Self.string("kid", in: object)
        type = try Self.string("typ", in: object)
        contentType = try Self.string("cty", in: object)
        critical = try object["crit"].map { (value) throws(CredentialError) in
            guard let names = value.arrayValue?.compactMap(\.stringValue), names.count == value.arrayValue?.count else {
                throw CredentialError(.jwsCritical, "crit is \(value.typeName), not a list of strings")
            }
            return names
        }
        otherMembers = JSONObject(object.members.filter { !Self.typedNames.contains($0.key) }.map { ($0.key, $0.value) })
        try checkCritical()
    }

    /// The string member `name`, `nil` when absent.
    private static func string(_ name: String, in object: JSONObject) throws(CredentialError) -> String? {
        guard let value = object[name] else { return nil }
        guard let text = value.stringValue else {
            throw CredentialError(.jwsMalformed, "the protected header's \(name) is \(value.typeName), not a string")
        }
        return text
    }

    /// Why the algorithm `name` is refused, in words.
    private static func refusal(ofAlgorithm name: String) -> String {
        let supported = SigningAlgorithm.allCases.map(\.rawValue).joined(separator: ", ")
        if name.lowercased() == "none" { return "alg \(name) is an unsecured JWS, which is never accepted" }
        if name.hasPrefix("HS") {
            return "alg \(name) is HMAC, whose key is a shared secret that any verifier could sign with; it is never accepted"
        }
        return "alg \(name) is not supported; the supported algorithms are \(supported)"
    }
}
