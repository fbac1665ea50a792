extension JSONTape {
    /// The value at `index` made into a ``JSONValue`` (strings, numbers, arrays and objects allocated).
    ///
    /// A repeated key keeps the occurrence the parser's duplicate-key policy names.
    public func value(at index: Int) -> JSONValue {
        switch kind(of: index) {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .number: return .number(number(at: index))
        case .string: return .string(string(at: index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(count(of: index))
            var element = index + 1
            for _ in 0..<count(of: index) {
                elements.append(value(at: element))
                element = next(after: element)
            }
            return .array(elements)
        case .object:
            var members: [(key: String, value: JSONValue)] = []
            members.reserveCapacity(count(of: index))
            var key = index + 1
            for _ in 0..<count(of: index) {
                members.append((string(at: key), value(at: key + 1)))
                key = next(after: key + 1)
            }
            guard hasDuplicateKeys else { return .object(JSONObject(uniqueMembers: members)) }
            var object = JSONObject()
            for member in members where duplicateKeys == .keepLast || object[member.key] == nil { object[member.key] = member.value }
            return .object(object)
        }
    }

    /// The tape of `value`, as if its JSON text had been parsed.
    public init(_ value: JSONValue) {
        var builder = ValueTapeBuilder()
        builder.append(value)
        self.init(
            storage: builder.storage, entries: builder.entries, hasDuplicateKeys: false, duplicateKeys: .reject,
            mayHoldNumbersBeyondDouble: builder.holdsHugeNumbers)
    }
}

/// Lays a ``JSONValue`` out as tape entries, its strings and number literals in the storage.
private struct ValueTapeBuilder {
    var storage: [UInt8] = []
    var entries: [JSONTape.Entry] = []
    /// Whether some number is of 10^308 or more, the only ones that can be beyond a `Double`.
    var holdsHugeNumbers = false

    mutating func append(_ value: JSONValue) {
        switch value {
        case .null: entries.append(JSONTape.Entry(kind: .null))
        case .bool(let flag): entries.append(JSONTape.Entry(kind: flag ? .true : .false))
        case .number(let number):
            if (number.decimalOrder ?? 0) >= 308 { holdsHugeNumbers = true }
            let start = storage.count
            number.write(into: &storage)
            entries.append(JSONTape.Entry(kind: .number, start: start, end: storage.count))
        case .string(let text): appendText(text, kind: .string)
        case .array(let elements):
            let container = openContainer(.array, count: elements.count)
            for element in elements { append(element) }
            entries[container].end = entries.count
        case .object(let object):
            let container = openContainer(.object, count: object.count)
            for member in object {
                appendText(member.key, kind: .string)
                append(member.value)
            }
            entries[container].end = entries.count
        }
    }

    private mutating func openContainer(_ kind: JSONTape.Kind, count: Int) -> Int {
        entries.append(JSONTape.Entry(kind: kind, count: count))
        return entries.count - 1
    }

    private mutating func appendText(_ text: String, kind: JSONTape.Kind) {
        let start = storage.count
        storage.append(contentsOf: text.utf8)
        entries.append(JSONTape.Entry(kind: kind, start: start, end: storage.count))
    }
}
