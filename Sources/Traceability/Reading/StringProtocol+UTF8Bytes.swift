extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes: in place when they are contiguous (a native
    /// string or substring), else copied.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
