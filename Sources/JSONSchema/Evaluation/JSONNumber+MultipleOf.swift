import JSONCore

extension JSONNumber {
    /// Whether this number is an integer multiple of `divisor` (which is above zero), exactly.
    ///
    /// Both numbers are scaled to integers with the smaller exponent; the remainder is computed
    /// digit by digit, so `1e308` is a multiple of `0.5` and `0.3` of `0.1`.
    func isMultiple(of divisor: JSONNumber) -> Bool {
        if isZero { return true }
        let scale = Swift.min(exponent, divisor.exponent)
        let divisorZeros = divisor.exponent - scale
        guard divisor.digits.count + divisorZeros <= 18 else { return approximatelyMultiple(of: divisor) }
        var modulus: UInt64 = 0
        for digit in divisor.digits { modulus = modulus * 10 + UInt64(digit) }
        for _ in 0..<divisorZeros { modulus *= 10 }
        var remainder: UInt64 = 0
        for digit in digits { remainder = (remainder * 10 + UInt64(digit)) % modulus }
        remainder = Self.multiplyModulo(remainder, Self.powerOfTenModulo(exponent - scale, modulus), modulus)
        return remainder == 0
    }

    private func approximatelyMultiple(of divisor: JSONNumber) -> Bool {
        let quotient = doubleValue / divisor.doubleValue
        return quotient.isFinite && quotient == quotient.rounded()
    }

    private static func multiplyModulo(_ a: UInt64, _ b: UInt64, _ modulus: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return modulus.dividingFullWidth((product.high, product.low)).remainder
    }

    private static func powerOfTenModulo(_ power: Int, _ modulus: UInt64) -> UInt64 {
        var result: UInt64 = 1 % modulus
        var base: UInt64 = 10 % modulus
        var power = power
        while power > 0 {
            if power & 1 == 1 { result = multiplyModulo(result, base, modulus) }
            base = multiplyModulo(base, base, modulus)
            power >>= 1
        }
        return result
    }
}
