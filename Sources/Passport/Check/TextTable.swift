import Spooling

/// Values for the distinct texts among many a passport repeats, found by a ``ByteHash`` of each
/// text's bytes: a passport names each lot's and party's Digital Link several times (a demo
/// passport 21 links 79 times), and a `Dictionary` of such long keys spends more on SipHash
/// than the look-up saves.
///
/// Open addressing with linear probing, at most half full. Made and read by one rule run.
struct TextTable<Value> {
    private struct Entry {
        let hash: UInt64
        let text: String
        let value: Value
    }

    private var entries: [Entry] = []
    /// One more than the index in `entries` of the text in each slot; 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 32)

    /// An empty table, with room for the texts of a passport's parties before it grows.
    init() {
        entries.reserveCapacity(16)
    }

    /// How many texts the table holds.
    var count: Int { entries.count }

    /// The value for `text`, if the table holds it.
    subscript(text: String) -> Value? {
        let hash = ByteHash.hash(text)
        let slot = slot(of: text, hash: hash)
        return slots[slot] == 0 ? nil : entries[Int(slots[slot]) - 1].value
    }

    /// Whether the table holds `text` (its value not read: a value taken out is a copy).
    func contains(_ text: String) -> Bool {
        slots[slot(of: text, hash: ByteHash.hash(text))] != 0
    }

    /// The value for `text`: the one stored, else the one `make` gives, stored now.
    mutating func value(for text: String, else make: (String) -> Value) -> Value {
        let hash = ByteHash.hash(text)
        let slot = slot(of: text, hash: hash)
        if slots[slot] != 0 { return entries[Int(slots[slot]) - 1].value }
        let value = make(text)
        add(Entry(hash: hash, text: text, value: value), at: slot)
        return value
    }

    /// Stores `value` for `text` unless the table holds `text` already; true when it was stored.
    @discardableResult
    mutating func insert(_ value: Value, for text: String) -> Bool {
        let hash = ByteHash.hash(text)
        let slot = slot(of: text, hash: hash)
        guard slots[slot] == 0 else { return false }
        add(Entry(hash: hash, text: text, value: value), at: slot)
        return true
    }

    /// The slot that holds `text`, or the empty slot where it would go.
    private func slot(of text: String, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            // The entry's fields read in place: the entry taken whole is a copy of its text and value.
            let index = Int(slots[slot]) - 1
            if entries[index].hash == hash, entries[index].text == text { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private mutating func add(_ entry: Entry, at slot: Int) {
        entries.append(entry)
        slots[slot] = Int32(entries.count)
        guard entries.count * 2 > slots.count else { return }
        var grown = [Int32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(index + 1)
        }
        slots = grown
    }
}
