/// Little-endian integers read from a byte array at an offset, `nil` past the end.
struct LittleEndianBytes {
    let bytes: [UInt8]

    /// The unsigned integer of `width` bytes at `offset`, or `nil` when it does not fit.
    func integer(at offset: Int, width: Int) -> UInt64? {
        guard offset >= 0, width <= 8, offset <= bytes.count - width else { return nil }
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        return value
    }

    func uint16(at offset: Int) -> Int? { integer(at: offset, width: 2).map(Int.init) }

    func uint32(at offset: Int) -> Int? { integer(at: offset, width: 4).map(Int.init) }

    /// The 8-byte integer at `offset`, `nil` also when it does not fit an `Int`.
    func uint64(at offset: Int) -> Int? { integer(at: offset, width: 8).flatMap { Int(exactly: $0) } }

    /// The bytes `offset..<offset + count`, or `nil` when they are not all there.
    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return bytes[offset..<(offset + count)]
    }
}
