/// One value of a parsed ``JSONTape``, read where it lies: the accessors of ``JSONValue``
/// without making one (no string, array or object is allocated until a string is asked for).
///
/// Each accessor answers as the same accessor of `tape.value(at: index)` does, a repeated key
/// included (the occurrence the parser's duplicate-key policy keeps).
///
/// ```swift
/// let document = JSONTapeValue(tape, at: tape.root)
/// let name = document["product"]?["name"]?.stringValue
/// ```
public struct JSONTapeValue: Sendable {
    /// The tape the value is in.
    public let tape: JSONTape
    /// The value's entry in `tape`.
    public let index: Int

    /// The value at `index` of `tape`.
    @inlinable
    public init(_ tape: JSONTape, at index: Int) {
        self.tape = tape
        self.index = index
    }

    /// The document's value: the root of `tape`.
    @inlinable
    public init(root tape: JSONTape) {
        self.init(tape, at: tape.root)
    }

    /// What the value is.
    @inlinable public var kind: JSONTape.Kind { tape.kind(of: index) }

    /// The string, when this value is a string.
    @inlinable
    public var stringValue: String? {
        kind == .string ? tape.string(at: index) : nil
    }

    /// The number, when this value is a number.
    @inlinable
    public var numberValue: JSONNumber? {
        kind == .number ? tape.number(at: index) : nil
    }

    /// The number's ``JSONNumber/doubleValue``, when this value is a number (read in place,
    /// without making the `JSONNumber`).
    @inlinable
    public var doubleValue: Double? {
        kind == .number ? tape.doubleValue(at: index) : nil
    }

    /// The boolean, when this value is a boolean.
    @inlinable
    public var boolValue: Bool? {
        switch kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// Whether this value is an object.
    @inlinable public var isObject: Bool { kind == .object }

    /// The elements in order, when this value is an array.
    public var elements: Elements? {
        kind == .array ? Elements(tape: tape, start: index + 1, count: tape.count(of: index)) : nil
    }

    /// The value of the member `key`, when this value is an object that has it.
    public subscript(key: String) -> JSONTapeValue? {
        guard kind == .object else { return nil }
        var found: Int?
        var keyIndex = index + 1
        for _ in 0..<tape.count(of: index) {
            if tape.string(at: keyIndex, equals: key) {
                found = keyIndex + 1
                // Without repeated keys (or keeping the first), the first occurrence is the one.
                if !tape.hasDuplicateKeys || tape.duplicateKeys != .keepLast { break }
            }
            keyIndex = tape.next(after: keyIndex + 1)
        }
        return found.map { JSONTapeValue(tape, at: $0) }
    }

    /// Where ``member(_:from:)`` looks first: just after the member it found last.
    public struct MemberPosition: Sendable {
        /// The number of members before the next one to compare.
        var ordinal = 0
        /// The key entry of that member, `nil` for the first.
        var keyIndex: Int?

        /// The object's first member.
        public init() {}

        init(ordinal: Int, keyIndex: Int) {
            self.ordinal = ordinal
            self.keyIndex = keyIndex
        }
    }

    /// The value of the member `key`, as ``subscript(_:)`` finds it, looked for from `position`
    /// on (round to the start): keys asked for in the order the object lists them are each found
    /// at the first comparison. `position` moves past the member found.
    public func member(_ key: JSONKey, from position: inout MemberPosition) -> JSONTapeValue? {
        guard kind == .object, !tape.hasDuplicateKeys else { return self[key.text] }
        let count = tape.count(of: index)
        var ordinal = position.ordinal
        var keyIndex = position.keyIndex ?? index + 1
        for _ in 0..<count {
            if ordinal == count { (ordinal, keyIndex) = (0, index + 1) }
            let following = tape.next(after: keyIndex + 1)
            if tape.string(at: keyIndex, is: key) {
                position = MemberPosition(ordinal: ordinal + 1, keyIndex: following)
                return JSONTapeValue(tape, at: keyIndex + 1)
            }
            (ordinal, keyIndex) = (ordinal + 1, following)
        }
        return nil
    }

    /// Finds the members named `names`, which are distinct: `found[i]` becomes the entry of the
    /// value of the member `names[i]`, or -1 when the object has none. One pass over the object's
    /// keys, each looked for among the names from just after the last one matched (round to the
    /// start): an object listing its members in the order of `names` takes one comparison a key,
    /// and one more for each name it lacks. `found` holds at least `names.count` places.
    ///
    /// For an object without repeated keys (``JSONTape/hasDuplicateKeys`` false), where each name
    /// finds the one member ``member(_:from:)`` finds.
    public func locate(_ names: [JSONKey], in found: UnsafeMutableBufferPointer<Int>) {
        precondition(kind == .object && !tape.hasDuplicateKeys && found.count >= names.count)
        for place in names.indices { found[place] = -1 }
        guard !names.isEmpty else { return }
        var next = 0
        var keyIndex = index + 1
        tape.storage.withUnsafeBufferPointer { storage in
            for _ in 0..<tape.count(of: index) {
                // The key's bytes and first word read once, then compared with each name's.
                let key = UnsafeBufferPointer(rebasing: storage[tape.entries[keyIndex].start..<tape.entries[keyIndex].end])
                let head = JSONKey.head(of: key)
                var place = next
                for _ in 0..<names.count {
                    if names[place].isSpelled(by: key, head: head) {
                        found[place] = keyIndex + 1
                        next = place + 1 == names.count ? 0 : place + 1
                        break
                    }
                    place = place + 1 == names.count ? 0 : place + 1
                }
                keyIndex = tape.next(after: keyIndex + 1)
            }
        }
    }

    /// The value made into a ``JSONValue``.
    public var value: JSONValue { tape.value(at: index) }

    /// The elements of an array on a tape, in order.
    public struct Elements: Sequence, Sendable {
        let tape: JSONTape
        /// The first element's entry.
        let start: Int
        /// The number of elements.
        public let count: Int

        /// The first element, if any.
        public var first: JSONTapeValue? { count > 0 ? JSONTapeValue(tape, at: start) : nil }

        public func makeIterator() -> Iterator {
            Iterator(tape: tape, upcoming: start, remaining: count)
        }

        /// Steps from one element to the entry after its subtree.
        public struct Iterator: IteratorProtocol {
            let tape: JSONTape
            /// The entry of the element `next()` returns.
            var upcoming: Int
            var remaining: Int

            public mutating func next() -> JSONTapeValue? {
                guard remaining > 0 else { return nil }
                remaining -= 1
                let element = JSONTapeValue(tape, at: upcoming)
                upcoming = tape.next(after: upcoming)
                return element
            }
        }

        public var underestimatedCount: Int { count }
    }
}
