#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A member name made ready for comparing with the keys of a ``JSONTape``: its UTF-8 bytes, and
/// its first and last eight bytes as words, so that a key of up to sixteen bytes is compared in
/// two word comparisons and a longer one by its middle bytes after them.
///
/// ```swift
/// let name: JSONKey = "productName"
/// var position = JSONTapeValue.MemberPosition()
/// let value = document.member(name, from: &position)
/// ```
///
/// A class, so that handing a name to a look-up costs one reference count, not a copy of its
/// text and bytes.
public final class JSONKey: Sendable, ExpressibleByStringLiteral {
    /// The name as text.
    public let text: String
    /// The name's UTF-8 bytes.
    let bytes: [UInt8]
    /// The first eight bytes (all of them when fewer), as a little-endian word.
    let head: UInt64
    /// The last eight bytes (all of them when fewer), as a little-endian word.
    let tail: UInt64

    /// The name `text`, compared by its bytes (JSON compares member names by code points, so no
    /// normalisation).
    public init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        head = Self.word(bytes.prefix(8))
        tail = Self.word(bytes.suffix(8))
    }

    public convenience init(stringLiteral text: String) {
        self.init(text)
    }

    /// Whether `candidate`, a key's text on a tape, is this name's bytes.
    func isSpelled(by candidate: UnsafeBufferPointer<UInt8>) -> Bool {
        candidate.count == bytes.count && isSpelled(by: candidate, head: Self.head(of: candidate))
    }

    /// Whether `candidate`, whose ``head(of:)`` is `head`, is this name's bytes: for comparing
    /// one key with many names, its first word made once.
    @inline(__always)
    func isSpelled(by candidate: UnsafeBufferPointer<UInt8>, head candidateHead: UInt64) -> Bool {
        let count = bytes.count
        guard candidate.count == count, candidateHead == head else { return false }
        guard count > 8 else { return true }
        let raw = UnsafeRawPointer(candidate.baseAddress!)
        guard UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) == tail else { return false }
        guard count > 16 else { return true }
        return bytes.withUnsafeBufferPointer { own in memcmp(own.baseAddress! + 8, raw + 8, count - 16) == 0 }
    }

    /// The first eight bytes of `bytes` (all of them when fewer) as a little-endian word: what
    /// a name's `head` is for its own bytes.
    @inline(__always)
    static func head(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard bytes.count >= 8 else { return word(bytes) }
        return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self))
    }

    /// Up to eight bytes as a little-endian word, the first in the lowest byte.
    private static func word<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var word: UInt64 = 0
        for (offset, byte) in bytes.enumerated() { word |= UInt64(byte) << UInt64(8 * offset) }
        return word
    }
}
