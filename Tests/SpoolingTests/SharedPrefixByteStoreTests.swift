import Testing

@testable import Spooling

/// Strings kept with shared prefixes come back whole and compare as their bytes do; a prefix is
/// kept once for all the strings that share it.
struct SharedPrefixByteStoreTests {
    /// Digital Links of two products, URNs, a prefix too short to share, a string ending at its
    /// separator, one without any, non-ASCII text and the empty string.
    static let strings =
        [
            "https://id.gs1.org/01/09521234010012/10/HRD-1", "https://id.gs1.org/01/09521234010012/10/HRD-2",
            "https://id.gs1.org/01/09521234010029/10/HRD-1", "urn:epc:id:sgtin:9521234.001001.7", "urn:epc:id:sgtin:9521234.001001.8",
            "a/b", "https://id.gs1.org/414/", "KC-SW-2026-001-0", "https://example.mn/хонь/ноос", "",
        ]

    @Test func givesBackEveryStringAndComparesItAsItsBytes() {
        var store = SharedPrefixByteStore()
        let places = Self.strings.map { string in Array(string.utf8).withUnsafeBufferPointer { store.append($0) } }
        for (string, place) in zip(Self.strings, places) {
            #expect(store.withBytes(at: place) { String(decoding: $0, as: UTF8.self) } == string)
            for other in Self.strings {
                #expect(Array(other.utf8).withUnsafeBufferPointer { store.bytes(at: place, equal: $0) } == (other == string))
            }
        }
        // The same rest after another prefix, a longer or shorter string, a prefix alone.
        let lot = places[0]
        for other in [
            "https://id.gs1.org/01/09521234010029/10/HRD-1", "https://id.gs1.org/01/09521234010012/10/HRD-10",
            "https://id.gs1.org/01/09521234010012/10/HRD-", "https://id.gs1.org/01/09521234010012/10/", "HRD-1",
        ] {
            #expect(!Array(other.utf8).withUnsafeBufferPointer { store.bytes(at: lot, equal: $0) })
        }
    }

    /// 1,000 lots of one product keep its 40-byte prefix once: each lot is kept as one byte of
    /// number and its lot number.
    @Test func keepsASharedPrefixOnce() {
        var store = SharedPrefixByteStore()
        let lots = (0..<1000).map { "LOT-\(10_000 + $0)" }
        for lot in lots {
            _ = Array("https://id.gs1.org/01/09521234010012/10/\(lot)".utf8).withUnsafeBufferPointer { store.append($0) }
        }
        #expect(store.prefixes == [Array("https://id.gs1.org/01/09521234010012/10/".utf8)])
        // "LOT-10000" and its number: 10 bytes a lot.
        #expect(store.rests.chunks.map(\.count).reduce(0, +) == 1000 * 10)
    }

    /// Prefix numbers of one, two and three bytes give their strings back; past the most
    /// prefixes kept, a string of a new prefix is kept whole.
    @Test func numbersPrefixesPastOneByteAndStopsAtTheMost() {
        var store = SharedPrefixByteStore()
        let count = SharedPrefixByteStore.mostPrefixes + 100
        let string = { (number: Int) in "https://example.mn/product-\(number)/lot" }
        let places = (0..<count).map { number in Array(string(number).utf8).withUnsafeBufferPointer { store.append($0) } }
        for number in [0, 126, 127, 128, 16_383, 16_384, SharedPrefixByteStore.mostPrefixes - 1, SharedPrefixByteStore.mostPrefixes, count - 1] {
            #expect(store.withBytes(at: places[number]) { String(decoding: $0, as: UTF8.self) } == string(number))
            #expect(Array(string(number).utf8).withUnsafeBufferPointer { store.bytes(at: places[number], equal: $0) })
        }
        #expect(store.prefixes.count == SharedPrefixByteStore.mostPrefixes)
        // Prefixes are numbered from 1: the 128th's number takes two bytes, the 16,384th's three,
        // each before the rest "lot"; the last string is kept whole after a 0.
        #expect(places[126].count == 4 && places[127].count == 5 && places[16_382].count == 5 && places[16_383].count == 6)
        #expect(places[count - 1].count == 1 + string(count - 1).utf8.count)
    }

    @Test func forgetsEverythingWhenEmptied() {
        var store = SharedPrefixByteStore()
        _ = Array("https://id.gs1.org/01/09521234010012/10/HRD-1".utf8).withUnsafeBufferPointer { store.append($0) }
        store.removeAll()
        #expect(store.prefixes.isEmpty)
        let place = Array("https://id.gs1.org/414/9521234000013".utf8).withUnsafeBufferPointer { store.append($0) }
        #expect(store.prefixes == [Array("https://id.gs1.org/414/".utf8)])
        #expect(store.withBytes(at: place) { String(decoding: $0, as: UTF8.self) } == "https://id.gs1.org/414/9521234000013")
    }
}
