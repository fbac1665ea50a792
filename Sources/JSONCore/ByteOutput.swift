/// Where text is written as UTF-8 bytes: an array of bytes, or a ``ByteBuffer``.
public protocol ByteOutput: ~Copyable {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends the bytes `bytes` points to.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteOutput where Self: ~Copyable {
    /// Appends the UTF-8 bytes of `text`.
    @inlinable public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }
}

extension Array: ByteOutput where Element == UInt8 {
    @inlinable public mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}
