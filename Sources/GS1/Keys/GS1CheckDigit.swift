/// The GS1 mod-10 check digit of GTINs, GLNs, SSCCs, GSRNs and every other numeric key.
///
/// Weights 3 and 1 alternate from the rightmost digit before the check digit; the check digit
/// brings the weighted sum up to a multiple of ten.
public enum GS1CheckDigit {
    /// The check digit for `digitsWithoutCheck`, or nil when it is empty or holds a non-digit.
    public static func compute(for digitsWithoutCheck: some StringProtocol) -> Character? {
        guard let value = checkValue(of: Array(digitsWithoutCheck.utf8)) else { return nil }
        return Character(Unicode.Scalar(UInt8(ascii: "0") + value))
    }

    /// Whether `key` is at least two digits long and ends with its correct check digit.
    public static func isValid(_ key: some StringProtocol) -> Bool {
        isValid(bytes: Array(key.utf8)[...])
    }

    /// Whether `bytes` are at least two ASCII digits ending with their correct check digit.
    static func isValid(bytes: some BidirectionalCollection<UInt8>) -> Bool {
        guard bytes.count >= 2, let last = bytes.last, isDigit(last),
            let expected = checkValue(of: bytes.dropLast())
        else { return false }
        return last - UInt8(ascii: "0") == expected
    }

    /// The check digit's value (0...9) for the ASCII digits `digits`, or nil if one is not a digit.
    static func checkValue(of digits: some BidirectionalCollection<UInt8>) -> UInt8? {
        guard !digits.isEmpty else { return nil }
        var sum = 0
        var weight = 3
        for byte in digits.reversed() {
            guard isDigit(byte) else { return nil }
            sum += Int(byte - UInt8(ascii: "0")) * weight
            weight = 4 - weight
        }
        return UInt8((10 - sum % 10) % 10)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
