/// Byte strings kept one after the other in chunks of up to a mebibyte: adding one never copies
/// those kept before, and no string straddles two chunks, so each is read as one buffer.
///
/// One `[UInt8]` grown by appending doubles and copies its bytes, holding both buffers for a
/// moment: the identifiers a national programme's events create, 35 MB of bytes, held 44 MB so.
///
/// ```swift
/// var store = ByteStringStore()
/// let place = Array("lot-1".utf8).withUnsafeBufferPointer { store.append($0) }
/// store.withBytes(at: place) { String(decoding: $0, as: UTF8.self) }  // "lot-1"
/// ```
public struct ByteStringStore: Sendable {
    /// Where a string is kept: its chunk, and its bytes in the chunk.
    public struct Place: Sendable, Equatable {
        public var chunk: UInt32
        public var start: UInt32
        public var count: UInt32
    }

    /// The size a chunk grows to; a longer string has a chunk of its own.
    static let chunkSize = 1 << 20

    /// The chunks, in the order filled: a string that does not fit in the last one starts the next.
    @usableFromInline var chunks: [[UInt8]] = []

    public init() {}

    /// Keeps a copy of `bytes` after the strings kept before, and says where.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Place {
        if chunks.isEmpty || chunks[chunks.count - 1].count + bytes.count > Self.chunkSize {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(max(bytes.count, min(Self.chunkSize, 256)))
        } else if chunks[chunks.count - 1].count + bytes.count > chunks[chunks.count - 1].capacity {
            let needed = chunks[chunks.count - 1].count + bytes.count
            chunks[chunks.count - 1].reserveCapacity(min(Self.chunkSize, max(needed, 2 * chunks[chunks.count - 1].capacity)))
        }
        let chunk = chunks.count - 1
        let start = chunks[chunk].count
        chunks[chunk].append(contentsOf: bytes)
        return Place(chunk: UInt32(chunk), start: UInt32(start), count: UInt32(bytes.count))
    }

    /// Calls `body` with the bytes of the string kept at `place` (a place ``append(_:)`` gave).
    @inlinable public func withBytes<Result>(at place: Place, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try chunks[Int(place.chunk)].withUnsafeBufferPointer { chunk in
            try body(UnsafeBufferPointer(rebasing: chunk[Int(place.start)..<Int(place.start) + Int(place.count)]))
        }
    }

    /// Forgets every string and frees the chunks.
    public mutating func removeAll() {
        chunks = []
    }
}
