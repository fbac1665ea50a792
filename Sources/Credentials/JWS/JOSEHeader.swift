import JSONCore

/// The protected header of a JWS (RFC 7515 §4): `alg`, `kid`, `typ`, `cty`, `crit`, and every
/// other member as it was.
///
/// `alg` is typed: a header whose algorithm TextilePassport does not sign or verify with
/// (`none`, HMAC, RSA...) cannot be made or parsed. The JSON is written deterministically:
/// `alg`, `kid`, `typ`, `cty`, `crit`, then the other members in their order.
public struct JOSEHeader: Sendable, Hashable {
    /// The signature algorithm (`alg`).
    public var algorithm: SigningAlgorithm
    /// The id of the key that signed (`kid`); for a credential, the DID URL of the issuer's key.
    public var keyID: String?
    /// The media type of the whole JWS (`typ`), such as `vc+jwt`.
    public var type: String?
    /// The media type of the payload (`cty`), such as `vc`.
    public var contentType: String?
    /// The extensions a verifier must understand to accept the JWS (`crit`).
    public var critical: [String]?
    /// The other members, in their order. Members named like the typed ones are not written:
    /// the typed properties hold those.
    public var otherMembers: JSONObject

    /// The names RFC 7515 §4.1 and RFC 7518 register for JWS headers, which `crit` may not list.
    static let registeredNames: Set<String> = ["alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit"]
    /// The members this type holds in properties of their own.
    static let typedNames: Set<String> = ["alg", "kid", "typ", "cty", "crit"]

    /// A header of the given members.
    public init(
        algorithm: SigningAlgorithm, keyID: String? = nil, type: String? = nil, contentType: String? = nil, critical: [String]? = nil,
        otherMembers: JSONObject = [:]
    ) {
        self.algorithm = algorithm
        self.keyID = keyID
        self.type = type
        self.contentType = contentType
        self.critical = critical
        self.otherMembers = otherMembers
    }

    /// The header as a JSON object, members in the fixed order.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("alg", .string(algorithm.rawValue))]
        if let keyID { members.append(("kid", .string(keyID))) }
        if let type { members.append(("typ", .string(type))) }
        if let contentType { members.append(("cty", .string(contentType))) }
        if let critical { members.append(("crit", .array(critical.map(JSONValue.string)))) }
        for member in otherMembers where !Self.typedNames.contains(member.key) { members.append((member.key, member.value)) }
        return .object(JSONObject(members))
    }

    /// Checks `crit` as RFC 7515 §4.1.11 demands of it: a non-empty list of distinct names,
    /// none registered by JWS or JWA, each the name of a member of this header.
    func checkCritical() throws(CredentialError) {
        guard let critical else { return }
        guard !critical.isEmpty else { throw CredentialError(.jwsCritical, "crit is an empty list") }
        guard Set(critical).count == critical.count else { throw CredentialError(.jwsCritical, "crit names an extension twice") }
        for name in critical {
            guard !Self.registeredNames.contains(name) else {
                throw CredentialError(.jwsCritical, "crit names \(name), which JWS itself defines")
            }
            guard otherMembers[name] != nil else {
                throw CredentialError(.jwsCritical, "crit names \(name), which the header does not have")
            }
        }
    }
}
