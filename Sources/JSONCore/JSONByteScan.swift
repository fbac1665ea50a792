/// Passing over the bytes of JSON text a word (8 bytes) at a time: the text of a string up to
/// its next quote or backslash (or, writing, the next byte to escape), and the runs of spaces a
/// pretty document is indented with.
public enum JSONByteScan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first quote or backslash at or after `offset` in the `count` bytes at
    /// `raw`, whole words of neither passed over at once; `count` when there is none.
    @inlinable public static func nextQuoteOrBackslash(in raw: UnsafeRawPointer, from offset: Int, count: Int) -> Int {
        first(
            in: raw, from: offset, count: count, flagged: { quotesAndBackslashes(in: $0) },
            isSought: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
    }

    /// The offset of the first byte a JSON string escapes (a quote, a backslash or a control
    /// character below U+0020) at or after `offset` in the `count` bytes at `raw`, whole words of
    /// none passed over at once; `count` when there is none.
    @inlinable public static func nextEscapedByte(in raw: UnsafeRawPointer, from offset: Int, count: Int) -> Int {
        first(
            in: raw, from: offset, count: count, flagged: { quotesAndBackslashes(in: $0) | bytes(in: $0, below: 0x20) },
            isSought: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
    }

    /// The offset past the whole words of spaces from `offset` in the `count` bytes at `raw`.
    @inlinable public static func pastSpaces(in raw: UnsafeRawPointer, from offset: Int, count: Int) -> Int {
        var offset = offset
        while offset + 8 <= count, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == 0x2020_2020_2020_2020 {
            offset += 8
        }
        return offset
    }

    /// The high bit of each quote and backslash in `word` (and perhaps of a byte above one: only
    /// the lowest flag is exact).
    @inlinable @inline(__always) static func quotesAndBackslashes(in word: UInt64) -> UInt64 {
        equalBytes(in: word, to: UInt8(ascii: "\"")) | equalBytes(in: word, to: UInt8(ascii: "\\"))
    }

    /// The high bit of each byte of `word` equal to `byte`, and perhaps of a byte above one: the
    /// bytes of x = word ^ byte that are zero, by (x - ones) & ~x, whose borrow may flag the byte
    /// above a zero one (only the lowest flag is exact).
    @inlinable @inline(__always) public static func equalBytes(in word: UInt64, to byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference
    }

    /// The high bit of each byte of `word` below `bound` (at most 0x80), by (word - bound each) &
    /// ~word; only the lowest flag is exact, as above.
    @inlinable @inline(__always) public static func bytes(in word: UInt64, below bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word
    }

    /// The offset of the first sought byte at or after `offset`: words whose `flagged` high bits
    /// are all clear are passed over, the lowest flag gives the byte, and the last bytes are read
    /// one at a time with `isSought`. The lowest flag of a word must be a sought byte or one the
    /// caller checks again (a scan may flag more than it seeks).
    @inlinable @inline(__always) public static func first(
        in raw: UnsafeRawPointer, from offset: Int, count: Int, flagged: (UInt64) -> UInt64, isSought: (UInt8) -> Bool
    ) -> Int {
        var offset = offset
        while offset + 8 <= count {
            let flags = flagged(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) & highs
            if flags != 0 { return offset + flags.trailingZeroBitCount >> 3 }
            offset += 8
        }
        while offset < count {
            if isSought(raw.load(fromByteOffset: offset, as: UInt8.self)) { return offset }
            offset += 1
        }
        return count
    }
}
