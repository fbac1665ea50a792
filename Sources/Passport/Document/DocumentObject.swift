import JSONCore

/// The JSON object that stands for a `Model` in a document: its members in the order they are
/// written. One table serves both ways, so what is written is what is read back.
struct DocumentObject<Model: DocumentModel>: Sendable, ExpressibleByArrayLiteral {
    let members: [DocumentMember<Model>]
    /// The members' names, when no two are alike (each document key then belongs to one member).
    private let distinctNames: [JSONKey]?

    init(arrayLiteral members: DocumentMember<Model>...) {
        self.init(members)
    }

    /// The object of `members`, for tables put together from shared lists.
    init(_ members: [DocumentMember<Model>]) {
        self.members = members
        distinctNames = Set(members.map(\.key)).count == members.count ? members.map(\.name) : nil
    }

    /// `model` as a JSON object; members without a value are left out. With no two members
    /// alike, they are placed without looking for one of the same key; else a later member's
    /// value replaces an earlier one's, in its place.
    func encode(_ model: Model) -> JSONValue {
        var written: [(key: String, value: JSONValue)] = []
        written.reserveCapacity(members.count)
        forEachMember { _, member in
            if let value = member.write(model) { written.append((member.key, value)) }
        }
        guard distinctNames != nil else { return .object(JSONObject(written.map { ($0.key, $0.value) })) }
        return .object(JSONObject(uniqueMembers: written))
    }

    /// What `value` says: a member that is missing or of the wrong type is left unknown, and a
    /// value that is not an object at all reads as an empty model.
    func decode(_ value: JSONTapeValue) -> Model {
        var model = Model()
        read(value, into: &model)
        return model
    }

    /// Reads the members of `value` into `model`, in the order of the members: found in one pass
    /// over the document's keys (each looked for among the names from where the last was found),
    /// or, for a document with repeated keys or a table with names alike, each looked for where
    /// the last was found.
    func read(_ value: JSONTapeValue, into model: inout Model) {
        guard let names = distinctNames, value.isObject, !value.tape.hasDuplicateKeys else {
            var position = JSONTapeValue.MemberPosition()
            for member in members {
                if let memberValue = value.member(member.name, from: &position) { member.read(&model, memberValue) }
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: names.count) { found in
            value.locate(names, in: found)
            forEachMember { place, member in
                if found[place] >= 0 { member.read(&model, JSONTapeValue(value.tape, at: found[place])) }
            }
        }
    }

    /// Calls `body` with each member and its place, in order, through the table without
    /// retaining the member (and its closures) for each call: the table holds them all meanwhile.
    private func forEachMember(_ body: (_ place: Int, _ member: DocumentMember<Model>) -> Void) {
        members.withUnsafeBufferPointer { members in
            for place in members.indices {
                Unmanaged.passUnretained(members[place])._withUnsafeGuaranteedRef { body(place, $0) }
            }
        }
    }

    /// The member keys that lead to the value at `keyPath`, through nested groups; `nil` when
    /// no member holds it.
    func tokens(to keyPath: PartialKeyPath<Model>) -> [String]? {
        for member in members {
            if let held = member.keyPath, held as PartialKeyPath<Model> == keyPath { return [member.key] }
            if let inner = member.nested?.tokens(to: keyPath) { return [member.key] + inner }
        }
        return nil
    }
}
