/// Big-endian integers read from a font file, every read checked against its end.
struct FontBytes {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    func slice(_ offset: Int, _ length: Int) throws(TrueTypeFontError) -> ArraySlice<UInt8> {
        guard offset >= 0, length >= 0, offset <= bytes.count - length else { throw .truncated(table: "at byte \(offset)") }
        return bytes[offset..<offset + length]
    }

    func uint16(at offset: Int) throws(TrueTypeFontError) -> UInt16 {
        let pair = try slice(offset, 2)
        return UInt16(pair[offset]) << 8 | UInt16(pair[offset + 1])
    }

    func int16(at offset: Int) throws(TrueTypeFontError) -> Int16 { Int16(bitPattern: try uint16(at: offset)) }

    func uint32(at offset: Int) throws(TrueTypeFontError) -> UInt32 {
        UInt32(try uint16(at: offset)) << 16 | UInt32(try uint16(at: offset + 2))
    }

    func int32(at offset: Int) throws(TrueTypeFontError) -> Int32 { Int32(bitPattern: try uint32(at: offset)) }
}
