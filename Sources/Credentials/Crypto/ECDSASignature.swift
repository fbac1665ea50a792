/// An ECDSA signature (r, s) in the two forms it travels in: DER, which libcrypto reads and
/// writes, and the fixed-size r || s that JOSE writes (RFC 7518 §3.4).
struct ECDSASignature: Equatable {
    /// r, big-endian, without leading zero bytes.
    let r: [UInt8]
    /// s, big-endian, without leading zero bytes.
    let s: [UInt8]

    /// The signature JOSE writes as r || s, each of `size` bytes; `nil` for any other length.
    init?(jose bytes: [UInt8], size: Int) {
        guard bytes.count == 2 * size else { return nil }
        r = Array(bytes[..<size].drop { $0 == 0 })
        s = Array(bytes[size...].drop { $0 == 0 })
    }

    /// The signature libcrypto writes: a DER `SEQUENCE` of two positive `INTEGER`s, and nothing
    /// after it; `nil` for anything else.
    init?(der bytes: [UInt8]) {
        var outer = DERCursor(bytes[...])
        guard let sequence = outer.read(tag: 0x30), outer.isAtEnd else { return nil }
        var inner = DERCursor(sequence)
        guard let r = inner.readPositiveInteger(), let s = inner.readPositiveInteger(), inner.isAtEnd else { return nil }
        self.r = r
        self.s = s
    }

    /// r || s, each left-padded with zeros to `size` bytes; `nil` when either is longer.
    func jose(size: Int) -> [UInt8]? {
        guard r.count <= size, s.count <= size else { return nil }
        return [UInt8](repeating: 0, count: size - r.count) + r + [UInt8](repeating: 0, count: size - s.count) + s
    }

    /// The DER `SEQUENCE { INTEGER r, INTEGER s }`.
    var der: [UInt8] {
        let body = Self.derInteger(r) + Self.derInteger(s)
        return [0x30] + Self.derLength(body.count) + body
    }

    /// A positive DER `INTEGER`: a zero byte in front when the high bit is set, so that it does not read as negative.
    private static func derInteger(_ magnitude: [UInt8]) -> [UInt8] {
        let content = magnitude.first.map { $0 & 0x80 != 0 ? [0] + magnitude : magnitude } ?? [0]
        return [0x02] + derLength(content.count) + content
    }

    /// A DER length. r and s of the supported curves have at most 66 bytes, so every length is below 256.
    private static func derLength(_ count: Int) -> [UInt8] {
        count < 0x80 ? [UInt8(count)] : [0x81, UInt8(truncatingIfNeeded: count)]
    }
}

/// Reads DER elements one after the other, with short lengths or one-byte long lengths.
private struct DERCursor {
    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { bytes.isEmpty }

    /// The content of the next element if it has `tag`, the cursor moved past it.
    mutating func read(tag: UInt8) -> ArraySlice<UInt8>? {
        guard bytes.count >= 2, bytes[bytes.startIndex] == tag else { return nil }
        var index = bytes.startIndex + 1
        var length = Int(bytes[index])
        index += 1
        if length == 0x81 {
            guard index < bytes.endIndex, bytes[index] >= 0x80 else { return nil }
            length = Int(bytes[index])
            index += 1
        } else if length >= 0x80 {
            return nil
        }
        guard bytes.endIndex - index >= length else { return nil }
        let content = bytes[index..<index + length]
        bytes = bytes[(index + length)...]
        return content
    }

    /// The magnitude of the next element if it is a minimally encoded positive `INTEGER`.
    mutating func readPositiveInteger() -> [UInt8]? {
        guard let content = read(tag: 0x02), let first = content.first, first & 0x80 == 0 else { return nil }
        let magnitude = content.dropFirst(first == 0 ? 1 : 0)
        // A leading zero byte is there only to keep a set high bit from reading as a sign.
        if first == 0, let next = magnitude.first, next & 0x80 == 0 { return nil }
        return Array(magnitude)
    }
}
