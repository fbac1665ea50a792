import Spooling

/// Values remembered by the bytes of their key up to a limit, past which nothing more is
/// remembered: a ``BoundedMemo`` asked with bytes, so that finding a value seen before makes no
/// string and hashes no text with SipHash (a reader asks once a value, millions of times).
struct BoundedByteMemo<Value> {
    private var values = ByteKeyedTable<Value>()
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The value remembered for `key`.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? { values.value(for: key) }

    /// The value remembered for `key`, or else the one `make` gives, remembered while there is room.
    mutating func value(for key: UnsafeBufferPointer<UInt8>, else make: () -> Value) -> Value {
        if let known = values.value(for: key) { return known }
        let value = make()
        remember(value, for: key)
        return value
    }

    /// Remembers `value` for `key` (not remembered yet) while there is room.
    mutating func remember(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        if values.count < limit { values.insert(value, for: key) }
    }
}
