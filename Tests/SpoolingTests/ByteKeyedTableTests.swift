import Testing

@testable import Spooling

/// The byte-keyed table finds exactly the keys stored, however many, through growth and after being emptied.
struct ByteKeyedTableTests {
    /// Keys that share prefixes, differ only in their last byte or in length, and the empty key.
    static let keys: [String] =
        ["", "a", "ab", "abcdefgh", "abcdefgi", "abcdefghi", "https://id.gs1.org/414/9521234000013", "https://id.gs1.org/414/9521234000020"]
        + (0..<1000).map { "https://id.gs1.org/01/09521234010012/10/HRD-\($0)" }

    @Test func findsEveryKeyStoredAndNoOther() {
        var table = ByteKeyedTable<Int>()
        for (index, key) in Self.keys.enumerated() {
            #expect(lookUp(key, in: table) == nil)
            Array(key.utf8).withUnsafeBufferPointer { table.insert(index, for: $0) }
        }
        #expect(table.count == Self.keys.count)
        for (index, key) in Self.keys.enumerated() { #expect(lookUp(key, in: table) == index) }
        #expect(lookUp("abcdefg", in: table) == nil)
        #expect(lookUp("https://id.gs1.org/01/09521234010012/10/HRD-1000", in: table) == nil)
    }

    @Test func forgetsEverythingWhenEmptied() {
        var table = ByteKeyedTable<Int>()
        for (index, key) in Self.keys.enumerated() { Array(key.utf8).withUnsafeBufferPointer { table.insert(index, for: $0) } }
        table.removeAll()
        #expect(table.count == 0)
        for key in Self.keys { #expect(lookUp(key, in: table) == nil) }
        Array("a".utf8).withUnsafeBufferPointer { table.insert(7, for: $0) }
        #expect(lookUp("a", in: table) == 7)
    }

    /// Updates change the stored value in place, and store the initial value (changed) for a new key, through growth.
    @Test func updatesInPlaceOrStoresTheInitialValue() {
        var table = ByteKeyedTable<Int>()
        for round in 1...3 {
            for (index, key) in Self.keys.enumerated() {
                Array(key.utf8).withUnsafeBufferPointer { table.update($0, initial: 1000 * index) { $0 += round } }
            }
        }
        #expect(table.count == Self.keys.count)
        // Each key started at 1000 × its index and gained 1, 2 and 3.
        for (index, key) in Self.keys.enumerated() { #expect(lookUp(key, in: table) == 1000 * index + 6) }
        #expect(lookUp("abcdefg", in: table) == nil)
    }

    /// Keys are numbered in the order first stored, through growth; a key stored again keeps its
    /// number and its value, and each number gives back its key's bytes.
    @Test func numbersKeysInTheOrderFirstStored() {
        var table = ByteKeyedTable<Int>()
        for (index, key) in Self.keys.enumerated() {
            #expect(Array(key.utf8).withUnsafeBufferPointer { table.index(of: $0) } == nil)
            #expect(Array(key.utf8).withUnsafeBufferPointer { table.index(storing: $0, initial: -index) } == index)
        }
        for (index, key) in Self.keys.enumerated().reversed() {
            #expect(Array(key.utf8).withUnsafeBufferPointer { table.index(storing: $0, initial: 7) } == index)
            #expect(Array(key.utf8).withUnsafeBufferPointer { table.index(of: $0) } == index)
            #expect(table.withKey(at: index) { String(decoding: $0, as: UTF8.self) } == key)
            #expect(lookUp(key, in: table) == -index)
        }
        #expect(table.count == Self.keys.count)
        #expect(Array("abcdefg".utf8).withUnsafeBufferPointer { table.index(of: $0) } == nil)
    }

    /// 60,000 keys of 96 bytes whose last 56 are their own (3.4 MB kept: several chunks of key
    /// bytes), each found with its value and its number, and none that was not stored.
    @Test func findsKeysAcrossChunksOfKeyBytes() {
        var table = ByteKeyedTable<Int>()
        let key = { (number: Int) in "https://id.gs1.org/01/09521234010012/10/LOT-\(100_000 + number)-" + String(repeating: "x", count: 45) }
        for number in 0..<60_000 {
            #expect(Array(key(number).utf8).withUnsafeBufferPointer { table.index(storing: $0, initial: number * 3) } == number)
        }
        #expect(table.count == 60_000)
        for number in stride(from: 0, to: 60_000, by: 7) {
            #expect(lookUp(key(number), in: table) == number * 3)
            #expect(table.withKey(at: number) { String(decoding: $0, as: UTF8.self) } == key(number))
        }
        #expect(lookUp(key(60_000), in: table) == nil)
    }

    private func lookUp(_ key: String, in table: ByteKeyedTable<Int>) -> Int? {
        Array(key.utf8).withUnsafeBufferPointer { table.value(for: $0) }
    }
}
