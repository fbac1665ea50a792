/// Appends the parts of a spooled record: integers as LEB128 varints (signed ones
/// zigzag-encoded), a string as its UTF-8 length and bytes, an optional string as its length
/// plus one (0 when absent), a list as its count and its elements. ``RecordReader`` reads them
/// back in the same order.
///
/// The methods are inlinable so that the hot writers of other modules (the events' records) are
/// compiled with them.
@frozen
public struct RecordWriter {
    /// The record so far.
    public var bytes: [UInt8]

    /// A writer appending to `bytes`.
    @inlinable
    public init(bytes: [UInt8] = []) { self.bytes = bytes }

    @inlinable
    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    @inlinable
    public mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    @inlinable
    public mutating func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    @inlinable
    public mutating func string(_ value: String) {
        unsigned(UInt64(value.utf8.count))
        appendUTF8(of: value)
    }

    @inlinable
    public mutating func optionalString(_ value: String?) {
        guard let value else { return unsigned(0) }
        unsigned(UInt64(value.utf8.count) + 1)
        appendUTF8(of: value)
    }

    /// Appends the UTF-8 bytes of `value` in one piece (``Swift/StringProtocol/withUTF8Bytes(_:)``),
    /// which skips the generic sequence append's steps.
    @inlinable
    mutating func appendUTF8(of value: String) {
        value.withUTF8Bytes { bytes.append(contentsOf: $0) }
    }

    @inlinable
    public mutating func strings(_ values: [String]) {
        unsigned(UInt64(values.count))
        for value in values { string(value) }
    }
}
