/// Values keyed by the address of a name in libxml2's dictionary, where the same name always
/// has the same address: a small direct-mapped table in front of a dictionary, so that the
/// few dozen names of a document cost a shift and a compare each time they recur.
struct XMLNameTable<Value> {
    private static var slotCount: Int { 1024 }
    private var keys = [UnsafeRawPointer?](repeating: nil, count: slotCount)
    private var values = [Value?](repeating: nil, count: slotCount)
    private var all: [UnsafeRawPointer: Value] = [:]

    /// The value for `key`, made by `make` the first time `key` is seen.
    mutating func value(for key: UnsafeRawPointer, make: () -> Value) -> Value {
        let bits = UInt(bitPattern: key)
        let slot = Int((bits ^ (bits >> 10)) & UInt(Self.slotCount - 1))
        if keys[slot] == key, let value = values[slot] { return value }
        let value: Value
        if let known = all[key] {
            value = known
        } else {
            value = make()
            all[key] = value
        }
        keys[slot] = key
        values[slot] = value
        return value
    }
}
