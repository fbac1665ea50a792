#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A parsed JSON document as one flat list of entries over its bytes: no value, string or
/// array is made until asked for.
///
/// Each value (and each object key) is one entry, in document order: an object's entry is
/// followed by its members' key and value entries, an array's by its elements'. A container
/// entry knows its member or element count and where its last descendant ends, so a walker
/// skips a whole subtree in one step. Strings and numbers are byte ranges: strings without
/// escapes point into the document's own bytes, escaped ones into their decoded text, kept
/// after the document in the same storage. Entry 0 is the document's value.
///
/// ```swift
/// let tape = try JSONParser().parseTape(bytes)
/// if tape.kind(of: tape.root) == .object { ... }
/// ```
public struct JSONTape: Sendable {
    /// What a tape entry is.
    public enum Kind: UInt8, Sendable {
        case null, `false`, `true`, number, string, array, object
    }

    /// One value or key: a kind, a byte range (strings and numbers) or a member count and the
    /// index after the subtree (arrays and objects).
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var kind: Kind
        /// Members of an object or elements of an array.
        @usableFromInline var count: Int
        /// First byte of a string's text or a number's literal.
        @usableFromInline var start: Int
        /// End of the byte range; for a container, the index of the entry after its last descendant.
        @usableFromInline var end: Int

        @usableFromInline
        init(kind: Kind, count: Int = 0, start: Int = 0, end: Int = 0) {
            self.kind = kind
            self.count = count
            self.start = start
            self.end = end
        }
    }

    /// The document's bytes, then the decoded text of its escaped strings.
    @usableFromInline let storage: [UInt8]
    @usableFromInline let entries: [Entry]
    /// Whether some object names a key twice (possible only when the parser keeps duplicates):
    /// such a tape lists every occurrence, where its ``JSONValue`` keeps one, by `duplicateKeys`.
    public let hasDuplicateKeys: Bool
    /// Which occurrence of a repeated key the document's value keeps.
    let duplicateKeys: JSONParser.Options.DuplicateKeyPolicy
    /// Whether some number may be beyond a `Double`'s range (see ``numbersBeyondDoubleRange``):
    /// the parser sets it on a number written with an exponent of three digits or more, or a
    /// whole part of more than 200, the tape of a value on a number of 10^308 or more.
    let mayHoldNumbersBeyondDouble: Bool

    init(
        storage: [UInt8], entries: [Entry], hasDuplicateKeys: Bool, duplicateKeys: JSONParser.Options.DuplicateKeyPolicy,
        mayHoldNumbersBeyondDouble: Bool
    ) {
        self.storage = storage
        self.entries = entries
        self.hasDuplicateKeys = hasDuplicateKeys
        self.duplicateKeys = duplicateKeys
        self.mayHoldNumbersBeyondDouble = mayHoldNumbersBeyondDouble
    }

    /// The entry of the document's value.
    @inlinable public var root: Int { 0 }

    /// What the value at `index` is.
    @inlinable public func kind(of index: Int) -> Kind { entries[index].kind }

    /// The members of the object or the elements of the array at `index`; 0 for other values.
    @inlinable public func count(of index: Int) -> Int { entries[index].count }

    /// The entry after the value at `index` and all it contains (its next sibling, if any).
    @inlinable
    public func next(after index: Int) -> Int {
        let entry = entries[index]
        return entry.kind == .array || entry.kind == .object ? entry.end : index + 1
    }

    /// Calls `body` with the UTF-8 text of the string, or the literal of the number, at `index`.
    @inlinable
    public func withBytes<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let entry = entries[index]
        return try storage.withUnsafeBufferPointer { all in try body(UnsafeBufferPointer(rebasing: all[entry.start..<entry.end])) }
    }

    /// The UTF-8 length of the string (or literal) at `index`.
    @inlinable public func byteCount(of index: Int) -> Int { entries[index].end - entries[index].start }

    /// The string at `index` (or the literal of a number).
    @inlinable
    public func string(at index: Int) -> String {
        withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the string at `index` is exactly `text` (the same Unicode scalars).
    @inlinable
    public func string(at index: Int, equals text: String) -> Bool {
        // The lengths first: most look-ups compare a key with others of other lengths.
        guard byteCount(of: index) == text.utf8.count else { return false }
        // Native strings lend their bytes in place; bridged ones are compared through their view.
        if let same = text.utf8.withContiguousStorageIfAvailable({ other in withBytes(of: index) { Self.sameBytes($0, other) } }) {
            return same
        }
        return withBytes(of: index) { $0.elementsEqual(text.utf8) }
    }

    /// Whether the string at `index` is `key`, byte for byte (the lengths compared first).
    func string(at index: Int, is key: JSONKey) -> Bool {
        let entry = entries[index]
        guard entry.end - entry.start == key.bytes.count else { return false }
        return storage.withUnsafeBufferPointer { all in key.isSpelled(by: UnsafeBufferPointer(rebasing: all[entry.start..<entry.end])) }
    }

    /// Whether the two buffers hold the same bytes.
    @inlinable
    public static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        first.count == second.count && (first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0)
    }

    /// The number at `index` as its ``JSONNumber/doubleValue``, read in place.
    public func doubleValue(at index: Int) -> Double {
        withBytes(of: index) { JSONNumber.doubleValue(ofLiteral: $0) }
    }

    /// The number at `index`.
    @inlinable
    public func number(at index: Int) -> JSONNumber {
        withBytes(of: index) { JSONNumber(validLiteral: $0) }
    }

    /// Whether the number at `index` has no fractional part (`1.0` and `1e2` are integers).
    @inlinable
    public func numberIsInteger(at index: Int) -> Bool {
        let plain = withBytes(of: index) { bytes in !bytes.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") } }
        return plain || number(at: index).isInteger
    }

    /// The JSON type name of the value at `index`, as ``JSONValue/typeName`` gives it.
    public func typeName(of index: Int) -> String {
        switch kind(of: index) {
        case .null: "null"
        case .false, .true: "boolean"
        case .number: numberIsInteger(at: index) ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

extension JSONTape {
    /// The number of Unicode scalars of the string at `index`.
    @inlinable
    public func scalarCount(of index: Int) -> Int {
        withBytes(of: index) { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Whether the value at `index` equals `value` as JSON: strings by Unicode scalars, numbers
    /// by value (`1.0` equals `1`), objects without regard to member order.
    public func value(at index: Int, equals value: JSONValue) -> Bool {
        switch (kind(of: index), value) {
        case (.null, .null): return true
        case (.false, .bool(let flag)): return !flag
        case (.true, .bool(let flag)): return flag
        case (.number, .number(let number)): return self.number(at: index) == number
        case (.string, .string(let text)): return string(at: index, equals: text)
        case (.array, .array(let elements)):
            guard count(of: index) == elements.count else { return false }
            var element = index + 1
            for expected in elements {
                guard self.value(at: element, equals: expected) else { return false }
                element = next(after: element)
            }
            return true
        case (.object, .object(let object)):
            if hasDuplicateKeys { return self.value(at: index) == value }
            guard count(of: index) == object.count else { return false }
            var key = index + 1
            for _ in 0..<count(of: index) {
                guard let expected = object[string(at: key)], self.value(at: key + 1, equals: expected) else { return false }
                key = next(after: key + 1)
            }
            return true
        default: return false
        }
    }
}
