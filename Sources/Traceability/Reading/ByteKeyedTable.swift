/// Values keyed by byte strings, looked up straight from bytes: no `String` is made to ask.
///
/// A reader asks with bytes it has just parsed (an XML element's text), so a key already seen
/// costs a hash of its bytes and one comparison, where a `[String: Value]` costs a `String`
/// (often an allocation) and SipHash. Keys are copied into one array; the slots are open
/// addressing with linear probing, at most half full.
struct ByteKeyedTable<Value> {
    fileprivate struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Value
    }

    /// Every key's bytes, one after the other.
    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    /// One more than the index in `entries` of the key in each slot; 0 for an empty slot.
    private var slots: [Int32] = []

    /// How many keys the table holds.
    var count: Int { entries.count }

    /// The value for `key`, if the table holds it.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        return position(of: key, hash: hash).entry.map { entries[$0].value }
    }

    /// Stores `value` for `key`, which the table must not hold yet.
    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key)
        append(value, for: key, hash: hash, at: position(of: key, hash: hash).slot)
    }

    /// Changes the value for `key` in place with `change`, storing `initial` first when the table
    /// does not hold the key: one hash and one probe, where a look-up then a store take two.
    mutating func update(_ key: UnsafeBufferPointer<UInt8>, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        change(&entries[index(storing: key, initial: initial())].value)
    }

    /// The place of `key` among the keys, in the order they were stored (from 0); `nil` when the
    /// table does not hold it.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        position(of: key, hash: Self.hash(key)).entry
    }

    /// The place of `key` among the keys, storing it with `initial` first when the table does not
    /// hold it: one hash and one probe.
    mutating func index(storing key: UnsafeBufferPointer<UInt8>, initial: @autoclosure () -> Value) -> Int {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key)
        let found = position(of: key, hash: hash)
        if let entry = found.entry { return entry }
        append(initial(), for: key, hash: hash, at: found.slot)
        return entries.count - 1
    }

    /// Calls `body` with the bytes of the key at `index` (a place ``index(of:)`` gave).
    func withKey<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let entry = entries[index]
        return try keyBytes.withUnsafeBufferPointer { stored in
            try body(UnsafeBufferPointer(rebasing: stored[entry.start..<entry.start + entry.count]))
        }
    }

    /// The entry holding `key`, or nil with the empty slot where it would go; fields are read in
    /// place (copying an entry would retain its value for every probe).
    private func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int?, slot: Int) {
        guard !slots.isEmpty else { return (nil, 0) }
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                keyBytes.withUnsafeBufferPointer { stored in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 {
                        let index = Int(slots[slot]) - 1
                        let start = entries[index].start
                        if entries[index].hash == hash && entries[index].count == key.count
                            && bytesEqual(UnsafeBufferPointer(rebasing: stored[start..<start + key.count]), key)
                        {
                            return (index, slot)
                        }
                        slot = (slot + 1) & mask
                    }
                    return (nil, slot)
                }
            }
        }
    }

    /// Adds an entry for `key` in the empty slot `slot`.
    private mutating func append(_ value: Value, for key: UnsafeBufferPointer<UInt8>, hash: UInt64, at slot: Int) {
        entries.append(Entry(hash: hash, start: keyBytes.count, count: key.count, value: value))
        keyBytes.append(contentsOf: key)
        slots[slot] = Int32(entries.count)
    }

    /// Forgets every key, keeping the storage.
    mutating func removeAll() {
        keyBytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for slot in slots.indices { slots[slot] = 0 }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: max(64, slots.count * 2))
        for index in entries.indices { place(index, hash: entries[index].hash) }
    }

    /// A hash of `bytes`, eight at a time (the keys are in this process only, never an attacker's choice of table).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        return mix(hash ^ tail)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 32
        return mixed
    }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
extension ByteKeyedTable.Entry: Sendable where Value: Sendable {}
