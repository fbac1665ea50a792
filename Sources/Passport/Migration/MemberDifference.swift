import JSONCore

/// The members of a document that a view does not read.
enum MemberDifference {
    /// The pointers of the members of `document` that `view` does not read: those its writing of
    /// what it read lacks or holds otherwise (the outermost such member, not each one inside it),
    /// when the passport it reads is the same without them. `type` members are left out, since
    /// each version writes its own types.
    static func unread(in document: JSONValue, by view: some PassportDocumentView) -> [JSONPointer] {
        let read = view.decode(document)
        var candidates: [JSONPointer] = []
        collect(document, view.encode(read), at: [], into: &candidates)
        return candidates.filter { view.decode(nulling($0.tokens[...], in: document)) == read }
    }

    private static func collect(_ value: JSONValue, _ readBack: JSONValue?, at tokens: [String], into pointers: inout [JSONPointer]) {
        switch (value, readBack) {
        case (.object(let object), .object(let other)?):
            for (key, member) in object where key != "type" {
                collect(member, other[key], at: tokens + [key], into: &pointers)
            }
        case (.array(let elements), .array(let others)?) where elements.count == others.count:
            for (index, element) in elements.enumerated() {
                collect(element, others[index], at: tokens + [String(index)], into: &pointers)
            }
        default:
            if value != readBack { pointers.append(JSONPointer(tokens: tokens)) }
        }
    }

    /// `value` with the member at `tokens` set to null (which views read as missing).
    private static func nulling(_ tokens: ArraySlice<String>, in value: JSONValue) -> JSONValue {
        guard let token = tokens.first else { return .null }
        switch value {
        case .object(var object):
            guard let member = object[token] else { return value }
            object[token] = nulling(tokens.dropFirst(), in: member)
            return .object(object)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index) else { return value }
            elements[index] = nulling(tokens.dropFirst(), in: elements[index])
            return .array(elements)
        default:
            return value
        }
    }
}
