import JSONCore

/// The `credentialStatus` entry a credential carries: which bit of which status list holds its
/// status (Recommendation §2.1).
public struct BitstringStatusListEntry: Sendable, Hashable {
    /// The `type` of every entry.
    public static let type = "BitstringStatusListEntry"

    /// The entry's own URL, never the list's; optional in the Recommendation.
    public var id: String?
    /// What a set bit means.
    public var statusPurpose: StatusPurpose
    /// The position of the credential's bit in the list.
    public var statusListIndex: Int
    /// The URL of the status list credential.
    public var statusListCredential: String

    /// The entry for bit `statusListIndex` of the list at `statusListCredential`; its id is
    /// `statusListCredential#statusListIndex`, as in the Recommendation's examples.
    public init(statusPurpose: StatusPurpose, statusListIndex: Int, statusListCredential: String) {
        id = statusListCredential + "#" + String(statusListIndex)
        self.statusPurpose = statusPurpose
        self.statusListIndex = statusListIndex
        self.statusListCredential = statusListCredential
    }

    /// The entry as JSON: `id`, `type`, `statusPurpose`, `statusListIndex` (a base-10 string) and
    /// `statusListCredential`, in that order.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .string(id))) }
        members += [
            ("type", .string(Self.type)),
            ("statusPurpose", .string(statusPurpose.rawValue)),
            ("statusListIndex", .string(String(statusListIndex))),
            ("statusListCredential", .string(statusListCredential)),
        ]
        return .object(JSONObject(members))
    }

    /// The entry a JSON object holds.
    ///
    /// Reading is tolerant: `statusListIndex` may also be a JSON integer (UNTP 0.7.0's schema
    /// declares one), `type` may be an array, and unknown members are ignored.
    /// - Throws: ``StatusListError/malformedEntry(_:)`` for a missing or ill-typed member, a
    ///   `statusSize` other than 1, or an `id` equal to the list's URL;
    ///   ``StatusListError/indexOutOfRange(index:length:)`` for an index no list accepted can hold.
    public init(json: JSONValue) throws(StatusListError) {
        guard case .object(let object) = json else { throw .malformedEntry("it is \(json.typeName), not an object") }
        guard object["type"]?.names(type: Self.type) == true else { throw .malformedEntry("its type is not \(Self.type)") }
        guard let purpose = object["statusPurpose"]?.stringValue, !purpose.isEmpty else {
            throw .malformedEntry("statusPurpose is missing or not a non-empty string")
        }
        guard let list = object["statusListCredential"]?.stringValue, list.isAbsoluteURI else {
            throw .malformedEntry("statusListCredential is missing or not a URL")
        }
        if let size = object["statusSize"], size != 1 {
            throw .malformedEntry("statusSize \(JSONWriter().string(size)) is not supported: each status is one bit")
        }
        let id = object["id"]?.stringValue
        guard object["id"] == nil || id != nil else { throw .malformedEntry("id is not a string") }
        guard id != list else { throw .malformedEntry("id is the status list's URL, which the Recommendation forbids") }
        self.id = id
        statusPurpose = StatusPurpose(rawValue: purpose)
        statusListIndex = try Self.index(object["statusListIndex"])
        statusListCredential = list
    }

    /// The `credentialStatus` entries of type `BitstringStatusListEntry` in a credential: none
    /// when it has no `credentialStatus`; entries of other status mechanisms are skipped.
    /// - Throws: the ``StatusListError`` of the first malformed entry.
    public static func entries(inCredential credential: JSONValue) throws(StatusListError) -> [BitstringStatusListEntry] {
        let members: [JSONValue]
        switch credential["credentialStatus"] {
        case nil: return []
        case .array(let elements)?: members = elements
        case let member?: members = [member]
        }
        var entries: [BitstringStatusListEntry] = []
        for member in members where member["type"]?.names(type: type) ?? true {
            entries.append(try BitstringStatusListEntry(json: member))
        }
        return entries
    }

    /// The index a `statusListIndex` member holds: a base-10 string of digits (or a JSON
    /// integer) no larger than the largest list accepted.
    private static func index(_ member: JSONValue?) throws(StatusListError) -> Int {
        let index: Int?, text: String
        switch member {
        case .string(let digits)?:
            guard !digits.isEmpty, digits.utf8.allSatisfy(\.isASCIIDigit) else {
                throw .malformedEntry("statusListIndex \"\(digits)\" is not a base-10 string of digits")
            }
            (index, text) = (Int(digits), digits)
        case .number(let number)? where number.isInteger && !number.isNegative:
            (index, text) = (number.intValue, number.description)
        default: throw .malformedEntry("statusListIndex is missing or not a base-10 string of digits")
        }
        guard let index, index < BitstringStatusList.maximumLength else {
            throw .indexOutOfRange(index: text, length: BitstringStatusList.maximumLength)
        }
        return index
    }
}
