import JSONCore

extension DIDDocument {
    /// The largest document read: 1 MiB, room for thousands of keys (a key a year needs few).
    public static let maximumBytes = 1 << 20
    /// The most members the document, or one of its verification methods, may have.
    static let maximumMembers = 1_000
    /// The members this type reads itself; the others are kept as they are.
    private static let documentMembers = ["@context", "id", "verificationMethod", "assertionMethod"]

    /// The document as JSON: `@context`, `id`, `verificationMethod`, `assertionMethod`, then its
    /// other members in the order they were read; empty lists are left out.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if !context.isEmpty { members.append(("@context", .array(context))) }
        members.append(("id", .string(id)))
        if !verificationMethods.isEmpty { members.append(("verificationMethod", .array(verificationMethods.map(\.json)))) }
        if !assertionMethods.isEmpty { members.append(("assertionMethod", .array(assertionMethods.map(JSONValue.string)))) }
        return .object(JSONObject(members + otherMembers.members.map { ($0.key, $0.value) }))
    }

    /// The `did.json` file: the document as pretty-printed JSON ending in a newline.
    public var fileBytes: [UInt8] { JSONWriter(pretty: true).bytes(json) }

    /// The document a `did.json` file holds, read as ``init(json:)`` reads it.
    /// - Throws: ``DIDDocumentError/tooLarge(bytes:)`` beyond ``maximumBytes`` (before parsing),
    ///   ``DIDDocumentError/malformed(_:)`` for text that is not JSON, and the errors of ``init(json:)``.
    public init(parsing bytes: some Collection<UInt8>) throws(DIDDocumentError) {
        guard bytes.count <= Self.maximumBytes else { throw .tooLarge(bytes: bytes.count) }
        let json: JSONValue
        do {
            json = try JSONParser(options: .init(maxDepth: 64, maxBytes: Self.maximumBytes)).parse(bytes)
        } catch {
            throw .malformed("it is not JSON (\(error))")
        }
        try self.init(json: json)
    }

    /// The document a JSON value holds.
    ///
    /// Reading is tolerant: `@context` may be absent, one entry or several; verification methods
    /// may be of any type, with or without a `publicKeyJwk`; ids may be fragments of the
    /// document's id (`#key-1`); a method embedded in `assertionMethod` joins the verification
    /// methods; other members are kept. It is strict where a key is concerned: every method has
    /// an id, a type and a controller, no id names two methods, and no key holds private material.
    /// - Throws: ``DIDDocumentError/malformed(_:)``, ``DIDDocumentError/privateKeyMaterial(keyID:members:)``.
    public init(json: JSONValue) throws(DIDDocumentError) {
        guard case .object(let document) = json else { throw .malformed("it is \(json.typeName), not an object") }
        try Self.checkSize(document, of: "the document")
        guard let id = document["id"]?.stringValue, id.isAbsoluteURI else { throw .malformed("id is missing or not an absolute URI") }
        let context: [JSONValue]
        switch document["@context"] {
        case nil: context = []
        case .string(let entry)?: context = [.string(entry)]
        case .array(let entries)?: context = entries
        case let other?: throw .malformed("@context is \(other.typeName), not a string or an array")
        }
        self.init(id: id, context: context, otherMembers: Self.removing(Self.documentMembers, from: document))
        for method in try Self.list(document, "verificationMethod") {
            try add(try VerificationMethod(json: method, relativeTo: id), forAssertion: false)
        }
        for reference in try Self.list(document, "assertionMethod") {
            if case .string(let url) = reference {
                guard url.hasPrefix("#") || url.isAbsoluteURI else { throw .malformed("the assertionMethod \(url) is not a DID URL") }
                listForAssertion(absolute(url))
            } else {
                try add(try VerificationMethod(json: reference, relativeTo: id), forAssertion: true)
            }
        }
    }

    /// The array member `name`, empty when absent.
    private static func list(_ document: JSONObject, _ name: String) throws(DIDDocumentError) -> [JSONValue] {
        guard let member = document[name] else { return [] }
        guard let elements = member.arrayValue else { throw .malformed("\(name) is \(member.typeName), not an array") }
        return elements
    }

    /// Refuses an object with more than ``maximumMembers`` members, which no DID document needs.
    static func checkSize(_ object: JSONObject, of what: String) throws(DIDDocumentError) {
        guard object.count <= maximumMembers else {
            throw .malformed("\(what) has \(object.count) members, more than the \(maximumMembers) accepted")
        }
    }

    /// `object` without the members `names` (removed one by one, so that the cost stays linear).
    static func removing(_ names: [String], from object: JSONObject) -> JSONObject {
        var rest = object
        for name in names { rest[name] = nil }
        return rest
    }
}
