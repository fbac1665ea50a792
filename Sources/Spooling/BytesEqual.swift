/// Whether `lhs` and `rhs` hold the same bytes, compared eight at a time.
@inlinable public func bytesEqual(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
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
