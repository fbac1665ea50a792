/// Why a DID document could not be read, built or merged, or does not give the key asked for.
public enum DIDDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document is larger than ``DIDDocument/maximumBytes``.
    case tooLarge(bytes: Int)
    /// The document is not JSON, or a member is missing or of the wrong kind; what is wrong.
    case malformed(String)
    /// A public key holds private members; the key's id and the members.
    case privateKeyMaterial(keyID: String, members: [String])
    /// The id already names a different verification method.
    case keyConflict(String)
    /// The documents of two different DIDs cannot be merged.
    case differentDID(String, String)
    /// The DID URL names no verification method of the document.
    case unknownKey(String)
    /// The verification method is not listed under `assertionMethod`.
    case notAssertionMethod(String)
    /// The verification method is not a JSON Web Key with a `publicKeyJwk`; its id and type.
    case notJsonWebKey(String, type: String)

    /// The rule the problem breaks.
    public var rule: DIDRule {
        switch self {
        case .tooLarge: .documentTooLarge
        case .malformed: .documentMalformed
        case .privateKeyMaterial: .privateKey
        case .keyConflict, .differentDID: .documentConflict
        case .unknownKey: .keyUnknown
        case .notAssertionMethod: .keyNotAssertion
        case .notJsonWebKey: .keyNotJWK
        }
    }

    public var description: String {
        switch self {
        case .tooLarge(let bytes): "the DID document of \(bytes) bytes is larger than the \(DIDDocument.maximumBytes) bytes accepted"
        case .malformed(let problem): "the DID document is malformed: \(problem)"
        case .privateKeyMaterial(let keyID, let members):
            "the key \(keyID) holds private key material (\(members.joined(separator: ", "))), which never goes into a DID document"
        case .keyConflict(let id):
            "\(id) already names a different key: a key id is never reused, so that credentials signed with the old key still verify"
        case .differentDID(let one, let other): "the DID documents of \(one) and \(other) cannot be merged"
        case .unknownKey(let url): "\(url) names no verification method of the DID document"
        case .notAssertionMethod(let url): "\(url) is not listed under assertionMethod, so it may not sign credentials"
        case .notJsonWebKey(let url, let type): "\(url) is a \(type), not a JsonWebKey with a publicKeyJwk"
        }
    }
}
