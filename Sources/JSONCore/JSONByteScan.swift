/// Passing over the bytes of JSON text a word (8 bytes) at a time: the text of a string up to
/// its next quote or backslash, and the runs of spaces a pretty document is indented with.
public enum JSONByteScan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first quote or backslash at or after `offset` in the `count` bytes at
    /// `raw`, whole words of neither passed over at once; `count` when there is none.
    @inlinable public static func nextQuoteOrBackslash(in raw: UnsafeRawPointer, from offset: Int, count: Int) -> Int {
        var offset = offset
        while offset + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            // (x - ones) & ~x & highs flags each zero byte of x (and may flag a byte above one,
            // through the borrow, so only the lowest flag is exact).
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            let flagged = (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)) & highs
            if flagged != 0 { return offset + flagged.trailingZeroBitCount >> 3 }
            offset += 8
        }
        while offset < count {
            let byte = raw.load(fromByteOffset: offset, as: UInt8.self)
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return offset }
            offset += 1
        }
        return count
    }

    /// The offset of the first byte a JSON string escapes (a quote, a backslash or a control
    /// character below U+0020) at or after `offset` in the `count` bytes at `raw`, whole words of
    /// none passed over at once; `count` when there is none.
    @inlinable public static func nextEscapedByte(in raw: UnsafeRawPointer, from offset: Int, count: Int) -> Int {
        var offset = offset
        while offset + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            // (x - 0x20 each) & ~x flags the bytes below 0x20 (the lowest exactly, as above).
            let flagged = (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)) & highs
            if flagged != 0 { return offset + flagged.trailingZeroBitCount >> 3 }
            offset += 8
        }
        while offset < count {
            let byte = raw.load(fromByteOffset: offset, as: UInt8.self)
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return offset }
            offset += 1
        }
        return count
    }

    /// The offset past the whole words of spaces from `offset` in the `count` bytes at `raw`.
    @inlinable public static func pastSpaces(in raw: UnsafeRawPointer, from offset: Int, count: Int) -> Int {
        var offset = offset
        while offset + 8 <= count, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == 0x2020_2020_2020_2020 {
            offset += 8
        }
        return offset
    }
}
