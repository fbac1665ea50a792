import JSONCore

/// A DID document: the public keys of a DID, as `JsonWebKey` verification methods, and which of
/// them may sign credentials (`assertionMethod`).
///
/// Keys are only ever added: a key id keeps its key, and a merged or rotated document keeps
/// every key it had, so that credentials signed with a retired key still verify. Lookups go
/// through an index, so a document with many keys costs one step per lookup.
public struct DIDDocument: Sendable, Hashable {
    /// The contexts of a document with `JsonWebKey` methods: DID Core's, then the one that
    /// defines `JsonWebKey` and `publicKeyJwk` (as VC-JOSE-COSE's example controller document has).
    public static let contexts: [JSONValue] = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"]

    /// The DID (or controller URL) the document describes.
    public let id: String
    /// The `@context` entries, in order.
    public private(set) var context: [JSONValue]
    /// The verification methods, in the order they were added.
    public private(set) var verificationMethods: [VerificationMethod]
    /// The DID URLs of the methods that may sign credentials, in order.
    public private(set) var assertionMethods: [String]
    /// The members the document had besides those above (`authentication`, `service`...), kept
    /// when it is written again.
    public let otherMembers: JSONObject

    /// The position of each method in ``verificationMethods``, by id.
    private var methodPositions: [String: Int] = [:]
    /// The ids in ``assertionMethods``.
    private var assertionIDs: Set<String> = []

    /// An empty document for `did`, with the ``contexts`` of `JsonWebKey` methods.
    public init(did: DIDWeb) {
        self.init(id: did.description, context: Self.contexts, otherMembers: [:])
    }

    /// An empty document, for reading.
    init(id: String, context: [JSONValue], otherMembers: JSONObject) {
        self.id = id
        self.context = context
        verificationMethods = []
        assertionMethods = []
        self.otherMembers = otherMembers
    }

    /// Adds the public key `jwk` as the `JsonWebKey` method `ID#keyID`, listed under
    /// `assertionMethod`; adding the same key again changes nothing.
    /// - Throws: ``DIDDocumentError/keyConflict(_:)`` when `ID#keyID` names another key;
    ///   ``DIDDocumentError/malformed(_:)`` for a key id that is not a URI fragment or a JWK
    ///   without `kty`; ``DIDDocumentError/privateKeyMaterial(keyID:members:)``.
    public mutating func addAssertionKey(_ jwk: JSONValue, keyID: String) throws(DIDDocumentError) {
        guard DIDKeyURL.isFragment(keyID) else { throw .malformed("\"\(keyID)\" is not a key id: a non-empty URI fragment") }
        try add(try VerificationMethod(id: id + "#" + keyID, controller: id, publicKeyJWK: jwk), forAssertion: true)
        for entry in Self.contexts where !context.contains(entry) { context.append(entry) }
    }

    /// Adds every key of `other`, a document of the same DID, with its assertion listing; the
    /// keys already here stay.
    /// - Throws: ``DIDDocumentError/differentDID(_:_:)``; ``DIDDocumentError/keyConflict(_:)``
    ///   when an id names different keys in the two documents.
    public mutating func merge(_ other: DIDDocument) throws(DIDDocumentError) {
        guard other.id == id else { throw .differentDID(id, other.id) }
        for method in other.verificationMethods { try add(method, forAssertion: other.assertionIDs.contains(method.id)) }
        for reference in other.assertionMethods { listForAssertion(reference) }
        for entry in other.context where !context.contains(entry) { context.append(entry) }
    }

    /// The verification method a DID URL names: absolute, or a fragment (`#key-1`) of this document.
    public func verificationMethod(_ didURL: String) -> VerificationMethod? {
        methodPositions[absolute(didURL)].map { verificationMethods[$0] }
    }

    /// Whether the DID URL is listed under `assertionMethod`.
    public func isAssertionMethod(_ didURL: String) -> Bool {
        assertionIDs.contains(absolute(didURL))
    }

    /// The public JWK of the key a credential's `kid` names, once it is known to be listed under
    /// `assertionMethod` and to be a JSON Web Key.
    /// - Throws: ``DIDDocumentError/unknownKey(_:)``, ``DIDDocumentError/notAssertionMethod(_:)``,
    ///   ``DIDDocumentError/notJsonWebKey(_:type:)``.
    public func assertionKey(_ didURL: String) throws(DIDDocumentError) -> JSONValue {
        guard let method = verificationMethod(didURL) else { throw .unknownKey(didURL) }
        guard isAssertionMethod(didURL) else { throw .notAssertionMethod(didURL) }
        guard VerificationMethod.jsonWebKeyTypes.contains(method.type), let jwk = method.publicKeyJWK else {
            throw .notJsonWebKey(didURL, type: method.type)
        }
        return jwk
    }

    /// Adds a method, or checks that the one under its id is the same; lists it for assertion when asked.
    mutating func add(_ method: VerificationMethod, forAssertion: Bool) throws(DIDDocumentError) {
        if let position = methodPositions[method.id] {
            guard verificationMethods[position] == method else { throw .keyConflict(method.id) }
        } else {
            methodPositions[method.id] = verificationMethods.count
            verificationMethods.append(method)
        }
        if forAssertion { listForAssertion(method.id) }
    }

    /// Lists a DID URL under `assertionMethod`, once.
    mutating func listForAssertion(_ didURL: String) {
        if assertionIDs.insert(didURL).inserted { assertionMethods.append(didURL) }
    }

    /// A DID URL made absolute: a fragment (`#key-1`) is one of this document's.
    func absolute(_ didURL: String) -> String {
        didURL.hasPrefix("#") ? id + didURL : didURL
    }
}
