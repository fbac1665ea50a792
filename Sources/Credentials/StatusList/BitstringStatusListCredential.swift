import JSONCore

/// The verifiable credential that publishes a status list (Recommendation §2.2), unsecured: the
/// payload a `vc+jwt` signs.
public struct BitstringStatusListCredential: Sendable, Hashable {
    /// The `type` the credential has besides `VerifiableCredential`.
    public static let type = "BitstringStatusListCredential"
    /// The `type` of its subject, the list.
    public static let subjectType = "BitstringStatusList"
    /// The VC 2.0 context, which defines every term of the Recommendation (as its examples show).
    public static let context = "https://www.w3.org/ns/credentials/v2"

    /// The credential's URL, which entries name as `statusListCredential`; optional when read.
    public var id: String?
    /// Who issues the list: the issuer's DID.
    public var issuer: String
    /// When the list starts to be valid (an XML Schema `dateTimeStamp`); optional when read.
    public var validFrom: String?
    /// When the list stops being valid, if ever.
    public var validUntil: String?
    /// What a set bit means; one purpose when written, one or more when read.
    public var statusPurposes: [StatusPurpose]
    /// The bits.
    public var list: BitstringStatusList

    /// The credential publishing `list` at `id`.
    public init(id: String, issuer: String, validFrom: String, validUntil: String? = nil, statusPurpose: StatusPurpose, list: BitstringStatusList) {
        self.id = id
        self.issuer = issuer
        self.validFrom = validFrom
        self.validUntil = validUntil
        statusPurposes = [statusPurpose]
        self.list = list
    }

    /// The credential as JSON-LD, members in the order of the Recommendation's example 3:
    /// `@context`, `id`, `type`, `issuer`, `validFrom`, `validUntil`, then the subject (`id` is the
    /// credential's with `#list`, `type`, `statusPurpose`, `encodedList`).
    /// - Throws: ``StatusListError/zlibFailed(status:)`` when the list cannot be compressed.
    public func json() throws(StatusListError) -> JSONValue {
        var subject: [(String, JSONValue)] = []
        if let id { subject.append(("id", .string(id + "#list"))) }
        let purposes = statusPurposes.map { JSONValue.string($0.rawValue) }
        subject += [
            ("type", .string(Self.subjectType)),
            ("statusPurpose", purposes.count == 1 ? purposes[0] : .array(purposes)),
            ("encodedList", .string(try list.encodedList())),
        ]
        var members: [(String, JSONValue)] = [("@context", [.string(Self.context)])]
        if let id { members.append(("id", .string(id))) }
        members += [("type", ["VerifiableCredential", .string(Self.type)]), ("issuer", .string(issuer))]
        if let validFrom { members.append(("validFrom", .string(validFrom))) }
        if let validUntil { members.append(("validUntil", .string(validUntil))) }
        members.append(("credentialSubject", .object(JSONObject(subject))))
        return .object(JSONObject(members))
    }

    /// The status list credential a JSON value holds.
    ///
    /// Reading is tolerant: the issuer may be an object with an `id`, the subject may be one of
    /// an array, `statusPurpose` one string or several, and unknown members are ignored.
    /// - Throws: ``StatusListError/malformedCredential(_:)`` for a missing or ill-typed member,
    ///   and the errors of ``BitstringStatusList/init(encodedList:)`` for its list.
    public init(json: JSONValue) throws(StatusListError) {
        guard case .object(let credential) = json else { throw .malformedCredential("it is \(json.typeName), not an object") }
        guard credential["type"]?.names(type: Self.type) == true else { throw .malformedCredential("its type does not include \(Self.type)") }
        guard let issuer = credential["issuer"]?.stringValue ?? credential["issuer"]?["id"]?.stringValue else {
            throw .malformedCredential("issuer is missing, or neither a string nor an object with an id")
        }
        let subjects = credential["credentialSubject"].map { $0.arrayValue ?? [$0] } ?? []
        guard let subject = subjects.first(where: { $0["type"]?.names(type: Self.subjectType) == true }) else {
            throw .malformedCredential("no credentialSubject has the type \(Self.subjectType)")
        }
        let purposes = subject["statusPurpose"].map { $0.arrayValue ?? [$0] } ?? []
        guard !purposes.isEmpty, purposes.allSatisfy({ $0.stringValue?.isEmpty == false }) else {
            throw .malformedCredential("the subject's statusPurpose is missing, or not one or more non-empty strings")
        }
        guard let encodedList = subject["encodedList"]?.stringValue else {
            throw .malformedCredential("the subject's encodedList is missing or not a string")
        }
        id = try Self.optionalString(credential, "id")
        self.issuer = issuer
        validFrom = try Self.optionalString(credential, "validFrom")
        validUntil = try Self.optionalString(credential, "validUntil")
        statusPurposes = purposes.compactMap { $0.stringValue.map(StatusPurpose.init(rawValue:)) }
        list = try BitstringStatusList(encodedList: encodedList)
    }

    /// Whether the bit of `entry` is set in this list: `true` means its status (revoked,
    /// suspended) holds (Recommendation §3.2, from its step that compares the purposes).
    /// - Throws: ``StatusListError/purposeMismatch(entry:list:)`` when the entry's purpose is
    ///   not one of the list's; ``StatusListError/indexOutOfRange(index:length:)``.
    public func status(of entry: BitstringStatusListEntry) throws(StatusListError) -> Bool {
        guard statusPurposes.contains(entry.statusPurpose) else { throw .purposeMismatch(entry: entry.statusPurpose, list: statusPurposes) }
        return try list.isSet(entry.statusListIndex)
    }

    /// The string member `name`, or `nil` when it is absent.
    private static func optionalString(_ object: JSONObject, _ name: String) throws(StatusListError) -> String? {
        guard let member = object[name] else { return nil }
        guard let text = member.stringValue else { throw .malformedCredential("\(name) is \(member.typeName), not a string") }
        return text
    }
}
