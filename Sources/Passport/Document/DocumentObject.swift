import JSONCore

/// The JSON object that stands for a `Model` in a document: its members in the order they are
/// written. One table serves both ways, so what is written is what is read back.
struct DocumentObject<Model: DocumentModel>: Sendable, ExpressibleByArrayLiteral {
    let members: [DocumentMember<Model>]

    init(arrayLiteral members: DocumentMember<Model>...) {
        self.members = members
    }

    /// The object of `members`, for tables put together from shared lists.
    init(_ members: [DocumentMember<Model>]) {
        self.members = members
    }

    /// `model` as a JSON object; members without a value are left out.
    func encode(_ model: Model) -> JSONValue {
        var object = JSONObject()
        for member in members {
            if let value = member.write(model) { object[member.key] = value }
        }
        return .object(object)
    }

    /// What `value` says: a member that is missing or of the wrong type is left unknown, and a
    /// value that is not an object at all reads as an empty model.
    func decode(_ value: JSONTapeValue) -> Model {
        var model = Model()
        read(value, into: &model)
        return model
    }

    /// Reads the members of `value` into `model`, each looked for where the last was found (a
    /// document in the written order is read in one pass over its keys).
    func read(_ value: JSONTapeValue, into model: inout Model) {
        var position = JSONTapeValue.MemberPosition()
        for member in members {
            if let memberValue = value.member(member.name, from: &position) { member.read(&model, memberValue) }
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
