import JSONCore

/// Property names of a schema (`properties`, `required`) mapped to node indices (or positions),
/// found by a key's exact bytes.
///
/// Tables of a few names are scanned (comparing lengths first), which beats hashing every
/// instance key; larger ones are looked up in an open-addressing table by a hash of the key's
/// length and its first and last eight bytes (two loads, where a hash of every byte is a
/// multiplication a byte), then checked word by word. A class, so that a keyword holding it is
/// copied by one reference count.
final class PropertyTable: Sendable {
    /// Every name's UTF-8 bytes, one after the other.
    private let nameBytes: [UInt8]
    /// Where each name is in `nameBytes`.
    private let names: [Range<Int>]
    /// Each name of fewer than eight bytes as its ``shortWord(_:)``, which is all a key of its
    /// length need be compared with.
    private let shortWords: [UInt64]
    private let nodes: [Int]
    /// For large tables: a power-of-two number of slots, each a position in `names` or -1.
    private let slots: [Int]

    private static let scanLimit = 8

    init(_ entries: [(name: String, node: Int)]) {
        var nameBytes: [UInt8] = []
        let names = entries.map { entry in
            let start = nameBytes.count
            nameBytes.append(contentsOf: entry.name.utf8)
            return start..<nameBytes.count
        }
        self.names = names
        self.nameBytes = nameBytes
        shortWords = nameBytes.withUnsafeBufferPointer { all in names.map { Self.shortWord(UnsafeBufferPointer(rebasing: all[$0])) } }
        nodes = entries.map(\.node)
        guard entries.count > Self.scanLimit else {
            slots = []
            return
        }
        var capacity = 1
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = Array(repeating: -1, count: capacity)
        nameBytes.withUnsafeBufferPointer { all in
            for (position, name) in names.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: all[name])
                var slot = Self.hash(bytes, shortWord: Self.shortWord(bytes)) & (capacity - 1)
                while slots[slot] != -1 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = position
            }
        }
        self.slots = slots
    }

    /// The number of names.
    var count: Int { names.count }

    /// The node for the property whose name is the string at tape entry `key`, if the schema names it.
    func node(forKeyAt key: Int, in tape: JSONTape) -> Int? {
        tape.withBytes(of: key) { position(forKey: $0) }.map { nodes[$0] }
    }

    /// The position (in the order the table was made) of the name that is the string at tape
    /// entry `key`, if the schema names it.
    func position(forKeyAt key: Int, in tape: JSONTape) -> Int? {
        tape.withBytes(of: key) { position(forKey: $0) }
    }

    /// The node of the name at `position`.
    func node(at position: Int) -> Int { nodes[position] }

    /// The position (in the order the table was made) of the name that is the UTF-8 bytes `key`, if the schema names it.
    func position(forKey key: UnsafeBufferPointer<UInt8>) -> Int? {
        let keyWord = Self.shortWord(key)
        return nameBytes.withUnsafeBufferPointer { all in
            func matches(_ position: Int) -> Bool {
                let name = names[position]
                guard name.count == key.count else { return false }
                return key.count < 8 ? shortWords[position] == keyWord : Self.sameBytes(UnsafeBufferPointer(rebasing: all[name]), key)
            }
            if slots.isEmpty {
                for position in names.indices where matches(position) { return position }
                return nil
            }
            let mask = slots.count - 1
            var slot = Self.hash(key, shortWord: keyWord) & mask
            while slots[slot] != -1 {
                if matches(slots[slot]) { return slots[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// A hash of `bytes` from their count and their first and last eight bytes (their
    /// `shortWord` when fewer), mixed as SplitMix64 mixes its state.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, shortWord: UInt64) -> Int {
        var head = shortWord
        var tail: UInt64 = 0
        if bytes.count >= 8, let base = bytes.baseAddress {
            head = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            tail = UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)
        }
        var mixed = (head &+ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F)
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 31))
    }

    /// The bytes of a buffer of fewer than eight in one word, by overlapping loads (the first
    /// and last four, or the first, middle and last byte): for a given count, different bytes
    /// give different words. 0 for longer buffers.
    @inline(__always)
    static func shortWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard count < 8, count > 0, let base = bytes.baseAddress else { return 0 }
        if count >= 4 {
            let head = UInt64(UnsafeRawPointer(base).loadUnaligned(as: UInt32.self))
            return head | UInt64(UnsafeRawPointer(base + count - 4).loadUnaligned(as: UInt32.self)) << 32
        }
        return UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16
    }

    /// Whether two buffers of the same count hold the same bytes, compared eight at a time (the
    /// last word overlapping the one before): property names are short, and a call to `memcmp`
    /// cost more than the comparison.
    @inline(__always)
    static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = first.count
        guard count >= 8, let left = first.baseAddress, let right = second.baseAddress else {
            return shortWord(first) == shortWord(second)
        }
        var offset = 0
        while true {
            let start = min(offset, count - 8)
            if UnsafeRawPointer(left + start).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(right + start).loadUnaligned(as: UInt64.self) {
                return false
            }
            offset += 8
            if offset >= count { return true }
        }
    }
}
