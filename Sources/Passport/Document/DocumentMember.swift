import JSONCore

/// One member of a document's JSON object: its key, how it is written from the model and read
/// back into it, and the model value it holds (so that a field can be located).
final class DocumentMember<Model: DocumentModel>: Sendable {
    let key: String
    /// `key` made ready for reading documents.
    let name: JSONKey
    /// The model value the member holds; `nil` for constants.
    let keyPath: (PartialKeyPath<Model> & Sendable)?
    /// For a nested object that holds more of the same model, its members.
    let nested: DocumentObject<Model>?
    /// The member's value, or `nil` to leave it out.
    let write: @Sendable (Model) -> JSONValue?
    /// Sets the model from the member's value, read in place on the document's tape, leaving it
    /// unknown when the type is wrong.
    let read: @Sendable (inout Model, JSONTapeValue) -> Void

    init(
        _ key: String, keyPath: (PartialKeyPath<Model> & Sendable)?, nested: DocumentObject<Model>? = nil,
        write: @escaping @Sendable (Model) -> JSONValue?, read: @escaping @Sendable (inout Model, JSONTapeValue) -> Void
    ) {
        self.key = key
        name = JSONKey(key)
        self.keyPath = keyPath
        self.nested = nested
        self.write = write
        self.read = read
    }

    /// A member every document of the version has, such as `type`; reading ignores it.
    static func constant(_ key: String, _ value: JSONValue) -> Self {
        Self(key, keyPath: nil, write: { _ in value }, read: { _, _ in })
    }

    /// A nested object that holds more of the same model; `keyPath`, when the object stands for one value of it.
    static func group(_ key: String, _ members: DocumentObject<Model>, holding keyPath: (PartialKeyPath<Model> & Sendable)? = nil) -> Self {
        Self(key, keyPath: keyPath, nested: members, write: { members.encode($0) }, read: { model, value in members.read(value, into: &model) })
    }

    static func text(_ key: String, _ path: WritableKeyPath<Model, String?> & Sendable) -> Self {
        let property = StoredProperty(path)
        return Self(key, keyPath: path, write: { property.get($0).map(JSONValue.string) }, read: { property.set($1.stringValue, in: &$0) })
    }

    static func number(_ key: String, _ path: WritableKeyPath<Model, Double?> & Sendable) -> Self {
        let property = StoredProperty(path)
        return Self(
            key, keyPath: path, write: { property.get($0).map { .number(JSONNumber($0)) } },
            read: { property.set($1.doubleValue, in: &$0) })
    }

    static func flag(_ key: String, _ path: WritableKeyPath<Model, Bool?> & Sendable) -> Self {
        let property = StoredProperty(path)
        return Self(key, keyPath: path, write: { property.get($0).map(JSONValue.bool) }, read: { property.set($1.boolValue, in: &$0) })
    }

    /// A calendar date written `YYYY-MM-DD`.
    static func date(_ key: String, _ path: WritableKeyPath<Model, CalendarDate?> & Sendable) -> Self {
        let property = StoredProperty(path)
        return Self(
            key, keyPath: path, write: { property.get($0).map { .string($0.description) } },
            read: { property.set($1.stringValue.flatMap { CalendarDate($0) }, in: &$0) })
    }

    /// An array of strings; an element that is not a string keeps its place as `nil`.
    static func texts(_ key: String, _ path: WritableKeyPath<Model, [String?]> & Sendable, omittedWhenEmpty: Bool = false) -> Self {
        let property = StoredProperty(path)
        return Self(
            key, keyPath: path,
            write: { model in
                let texts = property.get(model)
                return omittedWhenEmpty && texts.isEmpty ? nil : .array(texts.map { $0.map(JSONValue.string) ?? .null })
            },
            read: { property.set($1.elements?.map(\.stringValue) ?? [], in: &$0) })
    }

    /// An object that may be missing; one of the wrong type reads as missing.
    static func object<Child>(_ key: String, _ path: WritableKeyPath<Model, Child?> & Sendable, _ child: DocumentObject<Child>) -> Self {
        let property = StoredProperty(path)
        return Self(
            key, keyPath: path, write: { property.get($0).map(child.encode) },
            read: { property.set($1.isObject ? child.decode($1) : nil, in: &$0) })
    }

    /// An object the model always has; one of the wrong type reads as empty.
    static func object<Child>(_ key: String, _ path: WritableKeyPath<Model, Child> & Sendable, _ child: DocumentObject<Child>) -> Self {
        let property = StoredProperty(path)
        return Self(key, keyPath: path, write: { child.encode(property.get($0)) }, read: { property.set(child.decode($1), in: &$0) })
    }

    /// An array of objects; an element that is not an object keeps its place as an empty one.
    static func objects<Child>(
        _ key: String, _ path: WritableKeyPath<Model, [Child]> & Sendable, _ child: DocumentObject<Child>,
        omittedWhenEmpty: Bool = false
    ) -> Self {
        let property = StoredProperty(path)
        return Self(
            key, keyPath: path,
            write: { model in
                let elements = property.get(model)
                return omittedWhenEmpty && elements.isEmpty ? nil : .array(elements.map(child.encode))
            },
            read: { property.set($1.elements?.map(child.decode) ?? [], in: &$0) })
    }

    /// An array of objects read from a document but never written: the version can hold them,
    /// but not in a form the passports written state.
    static func readOnlyObjects<Child>(_ key: String, _ path: WritableKeyPath<Model, [Child]> & Sendable, _ child: DocumentObject<Child>) -> Self {
        let property = StoredProperty(path)
        return Self(key, keyPath: path, write: { _ in nil }, read: { property.set($1.elements?.map(child.decode) ?? [], in: &$0) })
    }

    /// An array of objects whose absence says something (not disclosed, as against none).
    static func objects<Child>(_ key: String, _ path: WritableKeyPath<Model, [Child]?> & Sendable, _ child: DocumentObject<Child>) -> Self {
        let property = StoredProperty(path)
        return Self(
            key, keyPath: path, write: { property.get($0).map { .array($0.map(child.encode)) } },
            read: { property.set($1.elements?.map(child.decode), in: &$0) })
    }
}
