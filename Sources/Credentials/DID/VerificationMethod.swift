import JSONCore

/// A verification method of a DID document: a public key, named by a DID URL.
public struct VerificationMethod: Sendable, Hashable {
    /// The type VC-JOSE-COSE requires for keys in controlled identifier documents.
    public static let jsonWebKeyType = "JsonWebKey"
    /// The types whose key is a `publicKeyJwk`: `JsonWebKey` and the older `JsonWebKey2020`, still read.
    public static let jsonWebKeyTypes: Set<String> = [jsonWebKeyType, "JsonWebKey2020"]

    /// The most members a public JWK may have.
    static let maximumJWKMembers = 100
    /// The members of a JWK that hold private or secret key material (RFC 7518 §6, RFC 8037 §2).
    static let privateJWKMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"]
    /// The members of a verification method that hold a private key in one form or another
    /// (the W3C test suites keep theirs in `secretKeyJwk`, beside the public key).
    static let privateMethodMembers = [
        "privateKeyJwk", "secretKeyJwk", "privateKeyMultibase", "secretKeyMultibase", "privateKeyBase58", "privateKeyPem",
    ]

    /// The absolute DID URL that names the method.
    public let id: String
    /// Its type, `JsonWebKey` for the keys this project writes.
    public let type: String
    /// The DID that controls the key.
    public let controller: String
    /// The public key, when the method has one as a JWK.
    public let publicKeyJWK: JSONValue?
    /// The members the method had besides those above, kept when its document is written again.
    public let otherMembers: JSONObject

    /// A `JsonWebKey` method for a public JWK.
    /// - Throws: ``DIDDocumentError/malformed(_:)`` when `publicKeyJWK` is not a JWK object with a
    ///   `kty`; ``DIDDocumentError/privateKeyMaterial(keyID:members:)`` when it holds a private member.
    public init(id: String, controller: String, publicKeyJWK: JSONValue) throws(DIDDocumentError) {
        try self.init(id: id, type: Self.jsonWebKeyType, controller: controller, publicKeyJWK: publicKeyJWK, otherMembers: [:])
    }

    /// A method of any type, its JWK (if any) checked as by ``init(id:controller:publicKeyJWK:)``,
    /// and without a private key among its other members.
    init(id: String, type: String, controller: String, publicKeyJWK: JSONValue?, otherMembers: JSONObject) throws(DIDDocumentError) {
        let privateMembers = Self.privateMethodMembers.filter { otherMembers[$0] != nil }
        guard privateMembers.isEmpty else { throw .privateKeyMaterial(keyID: id, members: privateMembers) }
        if let publicKeyJWK { try Self.checkPublicJWK(publicKeyJWK, of: id) }
        self.id = id
        self.type = type
        self.controller = controller
        self.publicKeyJWK = publicKeyJWK
        self.otherMembers = otherMembers
    }

    /// The method as JSON: `id`, `type`, `controller`, `publicKeyJwk`, then its other members.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(id)), ("type", .string(type)), ("controller", .string(controller))]
        if let publicKeyJWK { members.append(("publicKeyJwk", publicKeyJWK)) }
        return .object(JSONObject(members + otherMembers.members.map { ($0.key, $0.value) }))
    }

    /// Checks that a JWK is public: an object of at most ``maximumJWKMembers`` members, each a
    /// string or an array of strings (as RFC 7517's public members are), with a `kty` and no
    /// private member.
    private static func checkPublicJWK(_ jwk: JSONValue, of id: String) throws(DIDDocumentError) {
        let shape = "an object of at most \(maximumJWKMembers) string or string-array members"
        guard case .object(let members) = jwk, members.count <= maximumJWKMembers else {
            throw .malformed("the publicKeyJwk of \(id) is not a JWK: \(shape)")
        }
        let privateMembers = privateJWKMembers.filter { members[$0] != nil }
        guard privateMembers.isEmpty else { throw .privateKeyMaterial(keyID: id, members: privateMembers) }
        guard members.allSatisfy({ $0.value.stringValue != nil || $0.value.arrayValue?.allSatisfy { $0.stringValue != nil } == true }) else {
            throw .malformed("the publicKeyJwk of \(id) is not a JWK: \(shape)")
        }
        guard members["kty"]?.stringValue?.isEmpty == false else { throw .malformed("the publicKeyJwk of \(id) has no kty") }
    }
}
