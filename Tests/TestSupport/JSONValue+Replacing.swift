import JSONCore

extension JSONValue {
    /// This value with the value at `pointer` replaced by `value` (added when it is a new member
    /// of an existing object), or removed when `value` is `null`; unchanged when the parent is missing.
    public func replacing(at pointer: JSONPointer, with value: JSONValue) -> JSONValue {
        replacing(at: pointer.tokens[...], with: value) ?? self
    }

    private func replacing(at tokens: ArraySlice<String>, with value: JSONValue) -> JSONValue? {
        guard let token = tokens.first else { return value }
        let isLast = tokens.count == 1
        switch self {
        case .object(var object):
            if isLast {
                // Not a conditional expression: its `nil` would be JSON's null, not a removal.
                if value == .null { object[token] = Optional.none } else { object[token] = value }
            } else {
                guard let replaced = object[token]?.replacing(at: tokens.dropFirst(), with: value) else { return nil }
                object[token] = replaced
            }
            return .object(object)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index) else { return nil }
            if isLast, value == .null {
                elements.remove(at: index)
            } else {
                guard let replaced = elements[index].replacing(at: tokens.dropFirst(), with: value) else { return nil }
                elements[index] = replaced
            }
            return .array(elements)
        default:
            return nil
        }
    }
}
