/// Whether `part` occurs anywhere in `bytes` (an empty `part` does not).
public func occurs(_ part: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var part = part
    return part.withUTF8 { part in
        guard let first = part.first, bytes.count >= part.count else { return false }
        for start in 0...(bytes.count - part.count) where bytes[start] == first {
            if bytesEqual(UnsafeBufferPointer(rebasing: bytes[start..<start + part.count]), part) { return true }
        }
        return false
    }
}

extension StringProtocol {
    /// Whether `part`'s UTF-8 bytes occur in the text's: a byte search, where Foundation's
    /// `contains` would go through `NSString` (and compare by canonical equivalence).
    public func containsUTF8(_ part: String) -> Bool {
        withUTF8Bytes { occurs(part, in: $0) }
    }

    /// Whether the text's UTF-8 bytes start with `prefix`'s: a byte comparison, where `hasPrefix`
    /// compares by canonical equivalence and `utf8.starts(with:)` steps a view a byte at a time.
    public func hasUTF8Prefix(_ prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { prefix in
            withUTF8Bytes { bytes in bytes.count >= prefix.count && bytesEqual(UnsafeBufferPointer(rebasing: bytes[..<prefix.count]), prefix) }
        }
    }
}
