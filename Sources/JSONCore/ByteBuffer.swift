/// A growing buffer of bytes that text is written into a few bytes at a time: the buffer grows
/// by doubling and an append is a bounds check and a copy, without an array's checks of its
/// storage's uniqueness and capacity (some 90 instructions for each append of a few bytes).
public struct ByteBuffer: ~Copyable, ByteOutput {
    @usableFromInline var storage: UnsafeMutablePointer<UInt8>
    @usableFromInline var written = 0
    @usableFromInline var capacity: Int

    /// How many bytes have been written.
    public var count: Int { written }

    /// An empty buffer with room for `capacity` bytes before it grows.
    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written, copied into an array.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: written)) }

    /// The bytes written, read as UTF-8 text (invalid sequences replaced).
    public var text: String { String(decoding: UnsafeBufferPointer(start: storage, count: written), as: UTF8.self) }

    @inlinable @inline(__always) public mutating func append(_ byte: UInt8) {
        if written == capacity { grow(toHold: 1) }
        storage[written] = byte
        written += 1
    }

    @inlinable @inline(__always) public mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        if capacity - written < bytes.count { grow(toHold: bytes.count) }
        (storage + written).initialize(from: start, count: bytes.count)
        written += bytes.count
    }

    /// Moves the bytes to a buffer at least twice as large, with room for `more` bytes after them.
    @usableFromInline mutating func grow(toHold more: Int) {
        let larger = max(capacity * 2, written + more)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: written)
        storage.deallocate()
        storage = moved
        capacity = larger
    }
}
