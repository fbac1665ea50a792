/// A 64-bit hash of a byte string, eight bytes at a time from a start drawn once a process: what
/// ``ByteKeyedTable`` and ``SharedPrefixByteStore`` place keys by, and what small tables of
/// texts read from a document can use where `Hasher` (SipHash, a round per eight bytes and four
/// to finish) costs more than the look-up saves.
///
/// Keys come from files (identifiers, lot numbers); without the random start, keys written to
/// fall in one slot would make every look-up a walk through all of them.
public enum ByteHash {
    /// The hash of `bytes`.
    @inlinable public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = byteHashSeed ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        // The bytes after the last whole word: for a key of eight bytes or more, the key's last
        // eight (overlapping the word before) in one load; for a shorter key, byte by byte.
        guard offset < raw.count else { return mix(hash) }
        if raw.count >= 8 { return mix(hash ^ raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self)) }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        return mix(hash ^ tail)
    }

    /// The hash of `text`'s UTF-8 bytes.
    @inlinable public static func hash(_ text: String) -> UInt64 {
        text.withUTF8Bytes(hash)
    }

    @inlinable static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 32
        return mixed
    }
}

/// The start of every ``ByteHash``, drawn once a process.
@usableFromInline let byteHashSeed = UInt64.random(in: .min ... .max)
