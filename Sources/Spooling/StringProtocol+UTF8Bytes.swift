extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes: in place when they are contiguous (a native
    /// string or substring), else copied.
    @inlinable public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}
