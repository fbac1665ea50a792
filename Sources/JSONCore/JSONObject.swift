/// The members of a JSON object, in the order they were given or parsed.
///
/// Order is kept so that writing is deterministic and follows the model; equality ignores
/// order, as JSON does.
public struct JSONObject: Sendable, Hashable, Sequence {
    /// The members in order.
    public private(set) var members: [(key: String, value: JSONValue)]

    /// An object with the given members; a later duplicate key replaces the earlier value.
    ///
    /// Past a few members the keys already placed are found by their UTF-8 bytes in a table, so
    /// that a large object (a status allocation's 10,000 lots) is built in linear time.
    public init(_ members: [(String, JSONValue)] = []) {
        self.members = []
        guard members.count > Self.membersSearchedInPlace else {
            for (key, value) in members { self[key] = value }
            return
        }
        var positions: [[UInt8]: Int] = [:]
        positions.reserveCapacity(members.count)
        for (key, value) in members {
            let bytes = Array(key.utf8)
            if let position = positions[bytes] {
                self.members[position].value = value
            } else {
                positions[bytes] = self.members.count
                self.members.append((key, value))
            }
        }
    }

    /// The most members an object is built with by searching those placed one by one.
    static let membersSearchedInPlace = 16

    /// An object from members whose keys are known to be distinct (the parser checks them, a
    /// document's member table has each once): nothing is searched.
    public init(uniqueMembers: [(key: String, value: JSONValue)]) {
        members = uniqueMembers
    }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// The value of the member `key`; setting `nil` removes it, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { members.first(where: { $0.key.isExactly(key) })?.value }
        set {
            let index = members.firstIndex(where: { $0.key.isExactly(key) })
            switch (index, newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil): members.remove(at: index)
            case (nil, let value?): members.append((key, value))
            case (nil, nil): break
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.members.allSatisfy { member in rhs[member.key] == member.value }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine the members' hashes commutatively.
        var combined = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member.key)
            memberHasher.combine(member.value)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
