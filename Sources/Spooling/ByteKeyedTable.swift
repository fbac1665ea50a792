/// Values keyed by byte strings, looked up straight from bytes: no `String` is made to ask.
///
/// A reader asks with bytes it has just parsed (an XML element's text), so a key already seen
/// costs a hash of its bytes and one comparison, where a `[String: Value]` costs a `String`
/// (often an allocation) and SipHash. Keys are copied into a ``SharedPrefixByteStore`` (a
/// prefix many keys share, such as a product's Digital Link up to its lot, kept once), their
/// places and the values into segmented lists, so a table of a national programme's identifiers
/// grows without copying them; the slots are open addressing with linear probing, at most half
/// full.
public struct ByteKeyedTable<Value> {
    /// Where a key's bytes are, and its hash (both halves, for ``hash(at:)``).
    @usableFromInline struct Key: Sendable {
        @usableFromInline var place: SharedPrefixByteStore.Place
        @usableFromInline var hash: UInt32
        @usableFromInline var slotHash: UInt32

        @usableFromInline init(place: SharedPrefixByteStore.Place, hash: UInt64) {
            self.place = place
            self.hash = UInt32(truncatingIfNeeded: hash >> 32)
            slotHash = UInt32(truncatingIfNeeded: hash)
        }
    }

    @usableFromInline var keyBytes = SharedPrefixByteStore()
    /// The keys in the order stored, and their values in the same order.
    @usableFromInline var keys = SegmentedArray<Key>()
    @usableFromInline var values = SegmentedArray<Value>()
    /// Each slot: one more than the index in `keys` of its key in the low half (0 for an empty
    /// slot), the low half of the key's hash, which picks its slot, in the high half: a probe
    /// passes over a slot of another key without reading the key, and the slots are placed
    /// again, when they double, without reading the keys.
    @usableFromInline var slots: [UInt64] = []

    /// An empty table.
    public init() {}

    /// How many keys the table holds.
    @inlinable public var count: Int { keys.count }

    /// The value for `key`, if the table holds it.
    @inlinable public func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        position(of: key, hash: ByteHash.hash(key)).entry.map { values[$0] }
    }

    /// Stores `value` for `key`, which the table must not hold yet.
    @inlinable public mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let hash = ByteHash.hash(key)
        append(value, for: key, hash: hash, at: position(of: key, hash: hash).slot)
    }

    /// Changes the value for `key` in place with `change`, storing `initial` first when the table
    /// does not hold the key: one hash and one probe, where a look-up then a store take two.
    @inlinable public mutating func update(_ key: UnsafeBufferPointer<UInt8>, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        change(&values[index(storing: key, initial: initial())])
    }

    /// The place of `key` among the keys, in the order they were stored (from 0); `nil` when the
    /// table does not hold it.
    @inlinable public func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        position(of: key, hash: ByteHash.hash(key)).entry
    }

    /// The place of `key`, whose ``ByteHash`` is `hash`, among the keys; `nil` when the table does
    /// not hold it. For a key taken from another table, whose hash is known (``hash(at:)``).
    @inlinable public func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        position(of: key, hash: hash).entry
    }

    /// The ``ByteHash`` of the key at `index`, as the table keeps it.
    @inlinable public func hash(at index: Int) -> UInt64 {
        UInt64(keys[index].hash) << 32 | UInt64(keys[index].slotHash)
    }

    /// The place of `key` among the keys, storing it with `initial` first when the table does not
    /// hold it: one hash and one probe.
    @inlinable public mutating func index(storing key: UnsafeBufferPointer<UInt8>, initial: @autoclosure () -> Value) -> Int {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let hash = ByteHash.hash(key)
        let found = position(of: key, hash: hash)
        if let entry = found.entry { return entry }
        append(initial(), for: key, hash: hash, at: found.slot)
        return keys.count - 1
    }

    /// The value of the key at `index` (a place ``index(of:)`` or ``index(storing:initial:)`` gave).
    @inlinable public func value(at index: Int) -> Value { values[index] }

    /// Calls `body` with the bytes of the key at `index` (a place ``index(of:)`` gave).
    @inlinable public func withKey<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try keyBytes.withBytes(at: keys[index].place, body)
    }

    /// The index of the key `key`, or nil with the empty slot where it would go.
    @inlinable func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int?, slot: Int) {
        guard !slots.isEmpty else { return (nil, 0) }
        let slotHash = UInt32(truncatingIfNeeded: hash)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                if UInt32(truncatingIfNeeded: slots[slot] >> 32) == slotHash {
                    let index = Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: slots[slot])) - 1
                    if keyBytes.bytes(at: keys[index].place, equal: key) { return (index, slot) }
                }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    /// Adds an entry for `key` in the empty slot `slot`.
    @inlinable mutating func append(_ value: Value, for key: UnsafeBufferPointer<UInt8>, hash: UInt64, at slot: Int) {
        keys.append(Key(place: keyBytes.append(key), hash: hash))
        values.append(value)
        slots[slot] = Self.slot(keys.count - 1, UInt32(truncatingIfNeeded: hash))
    }

    /// Forgets every key, keeping the slots' storage.
    public mutating func removeAll() {
        keyBytes.removeAll()
        keys.removeAll()
        values.removeAll()
        for slot in slots.indices { slots[slot] = 0 }
    }

    /// Doubles the slots, placing each key again by the half of its hash its slot holds.
    @usableFromInline mutating func grow() {
        var grown = [UInt64](repeating: 0, count: max(64, slots.count * 2))
        grown.withUnsafeMutableBufferPointer { grown in
            let mask = grown.count - 1
            for entry in slots where entry != 0 {
                var slot = Int(truncatingIfNeeded: entry >> 32) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = entry
            }
        }
        slots = grown
    }

    /// The slot of the key at `index` in `keys`, the low half of whose hash is `slotHash`.
    @inlinable static func slot(_ index: Int, _ slotHash: UInt32) -> UInt64 {
        UInt64(slotHash) << 32 | UInt64(index + 1)
    }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}
