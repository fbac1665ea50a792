import JSONCore

/// Property names of a schema (`properties`) mapped to node indices, found by a key's exact bytes.
///
/// Tables of a few names are scanned (comparing lengths first), which beats hashing every
/// instance key; larger ones are looked up in an open-addressing table by a hash of the key's
/// bytes (FNV-1a, far cheaper than `Dictionary`'s seeded hash for short keys), then checked
/// byte by byte. A class, so that a keyword holding it is copied by one reference count.
final class PropertyTable: Sendable {
    /// Every name's UTF-8 bytes, one after the other.
    private let nameBytes: [UInt8]
    /// Where each name is in `nameBytes`.
    private let names: [Range<Int>]
    private let nodes: [Int]
    /// For large tables: a power-of-two number of slots, each a position in `names` or -1.
    private let slots: [Int]

    private static let scanLimit = 8

    init(_ entries: [(name: String, node: Int)]) {
        var nameBytes: [UInt8] = []
        names = entries.map { entry in
            let start = nameBytes.count
            nameBytes.append(contentsOf: entry.name.utf8)
            return start..<nameBytes.count
        }
        self.nameBytes = nameBytes
        nodes = entries.map(\.node)
        guard entries.count > Self.scanLimit else {
            slots = []
            return
        }
        var capacity = 1
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = Array(repeating: -1, count: capacity)
        for (position, name) in names.enumerated() {
            var slot = Int(truncatingIfNeeded: FNV1a.hash(nameBytes[name])) & (capacity - 1)
            while slots[slot] != -1 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = position
        }
        self.slots = slots
    }

    /// The node for the property whose name is the string at tape entry `key`, if the schema names it.
    func node(forKeyAt key: Int, in tape: JSONTape) -> Int? {
        tape.withBytes(of: key) { node(forKey: $0) }
    }

    private func node(forKey key: UnsafeBufferPointer<UInt8>) -> Int? {
        nameBytes.withUnsafeBufferPointer { all in
            func matches(_ position: Int) -> Bool {
                names[position].count == key.count && JSONTape.sameBytes(UnsafeBufferPointer(rebasing: all[names[position]]), key)
            }
            if slots.isEmpty {
                return names.indices.first(where: matches).map { nodes[$0] }
            }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: FNV1a.hash(key)) & mask
            while slots[slot] != -1 {
                if matches(slots[slot]) { return nodes[slots[slot]] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }
}
