import JSONCore

extension VerificationMethod {
    /// The members this type reads itself; the others are kept as they are.
    private static let methodMembers = ["id", "type", "controller", "publicKeyJwk"]

    /// The verification method a JSON object holds: in a DID document, or alone in a file (as the
    /// W3C test suites keep their keys).
    ///
    /// A fragment id (`#key-1`) is made absolute against `documentID`, the id of the document
    /// that holds the method; a method read alone has no document, and its id must be absolute.
    /// - Throws: ``DIDDocumentError/malformed(_:)`` when the id, type or controller is missing or
    ///   the object has too many members; ``DIDDocumentError/privateKeyMaterial(keyID:members:)``
    ///   when it holds a private key (`d` in its JWK, or a `secretKeyJwk` beside it).
    public init(json: JSONValue, relativeTo documentID: String? = nil) throws(DIDDocumentError) {
        guard case .object(let members) = json else { throw .malformed("a verification method is \(json.typeName), not an object") }
        try DIDDocument.checkSize(members, of: "a verification method")
        guard let reference = members["id"]?.stringValue, (documentID != nil && reference.hasPrefix("#")) || reference.isAbsoluteURI else {
            throw .malformed("a verification method has no id that is a DID URL")
        }
        let methodID = if let documentID, reference.hasPrefix("#") { documentID + reference } else { reference }
        guard let type = members["type"]?.stringValue else { throw .malformed("the verification method \(methodID) has no type") }
        guard let controller = members["controller"]?.stringValue else {
            throw .malformed("the verification method \(methodID) has no controller")
        }
        try self.init(
            id: methodID, type: type, controller: controller, publicKeyJWK: members["publicKeyJwk"],
            otherMembers: DIDDocument.removing(Self.methodMembers, from: members))
    }
}
