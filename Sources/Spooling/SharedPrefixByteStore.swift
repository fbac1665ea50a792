/// Byte strings kept with the part they share with others kept once: each string's prefix up to
/// its last `/` or `:` is stored once, and the string as the prefix's number and the rest.
///
/// The identifiers of a national programme's events are GS1 Digital Links and URNs whose first
/// forty-odd bytes (`https://id.gs1.org/01/09524321000248/10/`) are those of every lot of the
/// product: kept whole, they were most of a trace graph's identifier table. A string is kept in a
/// ``ByteStringStore`` as a number (variable length, 0 for no shared prefix) then its rest.
///
/// ```swift
/// var store = SharedPrefixByteStore()
/// let place = Array("https://id.gs1.org/01/09524321000248/10/L1".utf8).withUnsafeBufferPointer { store.append($0) }
/// store.withBytes(at: place) { String(decoding: $0, as: UTF8.self) }  // the same link
/// ```
public struct SharedPrefixByteStore: Sendable {
    /// Where a string's number and rest are kept.
    public typealias Place = ByteStringStore.Place

    /// The numbers and rests.
    @usableFromInline var rests = ByteStringStore()
    /// Each shared prefix, by its number less one.
    @usableFromInline var prefixes: [[UInt8]] = []
    /// The number of each shared prefix, by the ``ByteHash`` of its bytes.
    var prefixNumbers: [UInt64: Int] = [:]
    /// The number of the prefix shared last, which the next string most often shares too.
    var lastPrefix = 0

    /// Prefixes shorter than this are kept with each string: the number would save little.
    static let shortestPrefix = 8
    /// Beyond this many prefixes, strings of new prefixes are kept whole: a table of a prefix for
    /// nearly every string would cost more than it saves.
    static let mostPrefixes = 1 << 16

    public init() {}

    /// Keeps a copy of `bytes` and says where.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Place {
        var number = 0
        var rest = bytes
        if let split = Self.prefixLength(of: bytes) {
            number = sharedPrefixNumber(UnsafeBufferPointer(rebasing: bytes[..<split]))
            if number > 0 { rest = UnsafeBufferPointer(rebasing: bytes[split...]) }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 3) { buffer in
            let written = Self.writeNumber(number, into: buffer)
            let end = UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(fromContentsOf: rest)
            return rests.append(UnsafeBufferPointer(rebasing: buffer[..<(written + end)]))
        }
    }

    /// Calls `body` with the bytes of the string kept at `place` (a place ``append(_:)`` gave).
    @inlinable public func withBytes<Result>(at place: Place, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try rests.withBytes(at: place) { kept in
            let (number, rest) = Self.readNumber(kept)
            guard number > 0 else { return try body(rest) }
            return try prefixes[number - 1].withUnsafeBufferPointer { prefix in
                try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + rest.count) { whole in
                    _ = whole.initialize(fromContentsOf: prefix)
                    _ = UnsafeMutableBufferPointer(rebasing: whole[prefix.count...]).initialize(fromContentsOf: rest)
                    return try body(UnsafeBufferPointer(whole))
                }
            }
        }
    }

    /// Whether the string kept at `place` is `bytes`, compared where its parts are.
    @inlinable public func bytes(at place: Place, equal bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        rests.withBytes(at: place) { kept in
            let (number, rest) = Self.readNumber(kept)
            guard number > 0 else { return bytesEqual(rest, bytes) }
            return prefixes[number - 1].withUnsafeBufferPointer { prefix in
                prefix.count + rest.count == bytes.count && bytesEqual(prefix, UnsafeBufferPointer(rebasing: bytes[..<prefix.count]))
                    && bytesEqual(rest, UnsafeBufferPointer(rebasing: bytes[prefix.count...]))
            }
        }
    }

    /// Forgets every string and prefix.
    public mutating func removeAll() {
        rests.removeAll()
        prefixes = []
        prefixNumbers = [:]
        lastPrefix = 0
    }

    /// The length of the prefix `bytes` may share (up to and with its last `/` or `:`), when long enough.
    static func prefixLength(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let last = bytes.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") }), last + 1 >= shortestPrefix
        else { return nil }
        return last + 1
    }

    /// The number of `prefix` (numbered from 1), numbering it when new; 0 when the table is full
    /// or, rarer than anything else here, another prefix has the same 64-bit hash.
    mutating func sharedPrefixNumber(_ prefix: UnsafeBufferPointer<UInt8>) -> Int {
        if lastPrefix > 0, prefixes[lastPrefix - 1].withUnsafeBufferPointer({ bytesEqual($0, prefix) }) { return lastPrefix }
        let hash = ByteHash.hash(prefix)
        if let known = prefixNumbers[hash] {
            guard prefixes[known - 1].withUnsafeBufferPointer({ bytesEqual($0, prefix) }) else { return 0 }
            lastPrefix = known
            return known
        }
        guard prefixes.count < Self.mostPrefixes else { return 0 }
        prefixes.append(Array(prefix))
        prefixNumbers[hash] = prefixes.count
        lastPrefix = prefixes.count
        return prefixes.count
    }

    /// Writes `number` seven bits a byte, lowest first, the high bit set on all but the last; the bytes written.
    static func writeNumber(_ number: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var number = number
        var count = 0
        while number >= 0x80 {
            buffer[count] = UInt8(number & 0x7F) | 0x80
            number >>= 7
            count += 1
        }
        buffer[count] = UInt8(number)
        return count + 1
    }

    /// The number at the start of `kept` and the bytes after it.
    @inlinable static func readNumber(_ kept: UnsafeBufferPointer<UInt8>) -> (Int, UnsafeBufferPointer<UInt8>) {
        var number = 0
        var shift = 0
        var index = 0
        while kept[index] & 0x80 != 0 {
            number |= Int(kept[index] & 0x7F) << shift
            shift += 7
            index += 1
        }
        number |= Int(kept[index]) << shift
        return (number, UnsafeBufferPointer(rebasing: kept[(index + 1)...]))
    }
}
