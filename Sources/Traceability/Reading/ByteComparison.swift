import Spooling

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
