/// Whether `lhs` and `rhs` hold the same bytes, compared eight at a time.
func bytesEqual(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lhs.count == rhs.count else { return false }
    guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
    var index = 0
    while index + 8 <= lhs.count {
        let leftWord = UnsafeRawPointer(left + index).loadUnaligned(as: UInt64.self)
        let rightWord = UnsafeRawPointer(right + index).loadUnaligned(as: UInt64.self)
        if leftWord != rightWord { return false }
        index += 8
    }
    while index < lhs.count {
        if left[index] != right[index] { return false }
        index += 1
    }
    return true
}

/// Whether `part` occurs anywhere in `bytes` (an empty `part` does not).
func occurs(_ part: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var part = part
    return part.withUTF8 { part in
        guard let first = part.first, bytes.count >= part.count else { return false }
        for start in 0...(bytes.count - part.count) where bytes[start] == first {
            if bytesEqual(UnsafeBufferPointer(rebasing: bytes[start..<start + part.count]), part) { return true }
        }
        return false
    }
}
