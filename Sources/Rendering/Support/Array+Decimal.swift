extension [UInt8] {
    /// Appends `value` in decimal, a `-` first when it is negative, its digits padded with leading
    /// zeros to `minimumWidth` (at most 20): written once into a buffer on the stack, where a
    /// digit at a time into the array checked its room each time.
    mutating func appendDecimal(_ value: Int, minimumWidth: Int = 1) {
        precondition(minimumWidth <= 20, "a decimal of at most 20 digits")
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 && minimumWidth <= 1 { return append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0 || digits.count - start < minimumWidth
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
