import Testing

@testable import Spooling

/// Strings kept in a byte store come back whole, whether they share a chunk, start a new one, or
/// are longer than a chunk.
struct ByteStringStoreTests {
    @Test func givesBackEveryStringAcrossChunks() {
        var store = ByteStringStore()
        // 3,000 strings of 1,000 bytes fill about three chunks; one of 1.5 chunks sits among them,
        // and the empty string too.
        var strings = (0..<3000).map { index in [UInt8](repeating: UInt8(index % 251), count: 999) + [UInt8(index / 251)] }
        strings.insert([UInt8](repeating: 9, count: ByteStringStore.chunkSize * 3 / 2), at: 1500)
        strings.insert([], at: 10)
        let places = strings.map { string in string.withUnsafeBufferPointer { store.append($0) } }
        for (string, place) in zip(strings, places) {
            #expect(store.withBytes(at: place) { Array($0) } == string)
        }
        // The strings filled more than one chunk, and the long one has its own.
        #expect(Set(places.map(\.chunk)).count >= 4)
        #expect(places.filter { $0.chunk == places[1501].chunk }.count == 1)
    }

    @Test func forgetsEverythingWhenEmptied() {
        var store = ByteStringStore()
        _ = Array("first".utf8).withUnsafeBufferPointer { store.append($0) }
        store.removeAll()
        let place = Array("second".utf8).withUnsafeBufferPointer { store.append($0) }
        #expect(place == ByteStringStore.Place(chunk: 0, start: 0, count: 6))
        #expect(store.withBytes(at: place) { String(decoding: $0, as: UTF8.self) } == "second")
    }
}
