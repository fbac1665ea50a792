/// Reads the parts of a record written by ``RecordWriter``, in the same order.
///
/// A spool's records are written by the same process that reads them, so the reader trusts
/// their lengths (they are checked in debug builds only, as the buffer's subscripts are).
@frozen
public struct RecordReader {
    /// The record.
    public let bytes: UnsafeRawBufferPointer
    /// Where the next part starts.
    public var position: Int

    /// A reader of `bytes` from its start.
    @inlinable
    public init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        position = 0
    }

    /// Whether every part has been read.
    @inlinable
    public var isAtEnd: Bool { position == bytes.count }

    @inlinable
    public mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    @inlinable
    public mutating func unsigned() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    @inlinable
    public mutating func signed() -> Int64 {
        let value = unsigned()
        return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }

    @inlinable
    public mutating func string() -> String { text(count: Int(unsigned())) }

    @inlinable
    public mutating func optionalString() -> String? {
        let count = Int(unsigned())
        return count == 0 ? nil : text(count: count - 1)
    }

    /// The bytes of the next string.
    @inlinable
    public mutating func stringBytes() -> UnsafeRawBufferPointer { slice(count: Int(unsigned())) }

    /// The bytes of the next optional string; nil when absent.
    @inlinable
    public mutating func optionalBytes() -> UnsafeRawBufferPointer? {
        let count = Int(unsigned())
        return count == 0 ? nil : slice(count: count - 1)
    }

    @inlinable
    public mutating func skipString() { position += Int(unsigned()) }

    @inlinable
    public mutating func skipOptionalString() { position += max(Int(unsigned()) - 1, 0) }

    /// A list: its count, then each element as `element` reads it.
    @inlinable
    public mutating func list<Element>(_ element: (inout RecordReader) -> Element) -> [Element] {
        let count = Int(unsigned())
        guard count > 0 else { return [] }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(element(&self)) }
        return elements
    }

    @inlinable
    public mutating func strings() -> [String] { list { $0.string() } }

    @inlinable
    mutating func slice(count: Int) -> UnsafeRawBufferPointer {
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
    }

    @inlinable
    mutating func text(count: Int) -> String {
        defer { position += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + count]), as: UTF8.self)
    }
}
