/// A Bitstring Status List: one bit per credential, set when its status (revoked, suspended) holds.
///
/// Index 0 is the left-most bit of the bitstring, that is the most significant bit of its first
/// byte, and index `length - 1` the right-most (Recommendation §2.2 `encodedList`, §7.1).
public struct BitstringStatusList: Sendable, Hashable {
    /// The fewest entries a list may have: 131,072 bits, 16 KiB (Recommendation §2.2 and §3.2).
    public static let minimumLength = 131_072
    /// The most bytes an `encodedList` may inflate to: 16 MiB, a list of 134,217,728 entries.
    public static let maximumDecodedBytes = 16 << 20
    /// The most entries a list may have.
    public static let maximumLength = maximumDecodedBytes * 8

    /// The bits, eight to a byte, the first in the high bit.
    public private(set) var bytes: [UInt8]

    /// A list of `length` entries, all clear.
    /// - Throws: ``StatusListError/invalidLength(_:)`` unless `length` is a multiple of 8 from
    ///   ``minimumLength`` to ``maximumLength``.
    public init(length: Int = minimumLength) throws(StatusListError) {
        guard Self.isValidLength(length) else { throw .invalidLength(length) }
        bytes = [UInt8](repeating: 0, count: length / 8)
    }

    /// Whether a list may have `length` entries: a multiple of 8 from ``minimumLength`` to ``maximumLength``.
    public static func isValidLength(_ length: Int) -> Bool {
        (minimumLength...maximumLength).contains(length) && length % 8 == 0
    }

    /// A list of the given bits.
    /// - Throws: ``StatusListError/invalidLength(_:)`` when they are fewer than ``minimumLength``
    ///   or more than ``maximumLength``.
    public init(bytes: [UInt8]) throws(StatusListError) {
        let (length, overflow) = bytes.count.multipliedReportingOverflow(by: 8)
        guard !overflow, Self.isValidLength(length) else { throw .invalidLength(overflow ? .max : length) }
        self.bytes = bytes
    }

    /// The number of entries.
    public var length: Int { bytes.count * 8 }

    /// Whether the bit at `index` is set.
    /// - Throws: ``StatusListError/indexOutOfRange(index:length:)``.
    public func isSet(_ index: Int) throws(StatusListError) -> Bool {
        let (byte, mask) = try position(of: index)
        return bytes[byte] & mask != 0
    }

    /// Sets the bit at `index`.
    /// - Throws: ``StatusListError/indexOutOfRange(index:length:)``.
    public mutating func set(_ index: Int) throws(StatusListError) {
        let (byte, mask) = try position(of: index)
        bytes[byte] |= mask
    }

    /// Clears the bit at `index`.
    /// - Throws: ``StatusListError/indexOutOfRange(index:length:)``.
    public mutating func clear(_ index: Int) throws(StatusListError) {
        let (byte, mask) = try position(of: index)
        bytes[byte] &= ~mask
    }

    /// The indexes of the set bits, in increasing order.
    public var setIndexes: [Int] {
        var indexes: [Int] = []
        for (byte, value) in bytes.enumerated() where value != 0 {
            for bit in 0..<8 where value & (0x80 >> UInt8(bit)) != 0 { indexes.append(byte * 8 + bit) }
        }
        return indexes
    }

    /// The byte that holds bit `index` and the bit's mask in it.
    private func position(of index: Int) throws(StatusListError) -> (byte: Int, mask: UInt8) {
        guard index >= 0, index < length else { throw .indexOutOfRange(index: String(index), length: length) }
        return (index / 8, 0x80 >> UInt8(index % 8))
    }
}
