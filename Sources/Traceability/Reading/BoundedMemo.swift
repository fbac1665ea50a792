/// Values remembered by key up to a limit, past which nothing more is remembered: a document
/// of ever new values must not grow the memory without bound.
public struct BoundedMemo<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]
    private let limit: Int

    public init(limit: Int) { self.limit = limit }

    /// The value remembered for `key`.
    public subscript(key: Key) -> Value? { values[key] }

    /// The value remembered for `key`, or else the one `make` gives, remembered while there is room.
    public mutating func value(for key: Key, else make: () -> Value) -> Value {
        if let known = values[key] { return known }
        let value = make()
        remember(value, for: key)
        return value
    }

    /// Remembers `value` for `key` while there is room.
    public mutating func remember(_ value: Value, for key: Key) {
        if values.count < limit { values[key] = value }
    }
}
