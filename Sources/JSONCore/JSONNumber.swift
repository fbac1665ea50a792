/// An exact JSON number: a decimal significand and a power-of-ten exponent, never rounded.
///
/// `1.0`, `1` and `10e-1` are equal; `1e400` and 30-digit integers are kept as written.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// Whether the number is below zero.
    public let isNegative: Bool
    /// Significant digits without leading or trailing zeros; empty for zero.
    public let digits: [UInt8]
    /// The power of ten the digits are multiplied by.
    public let exponent: Int

    /// The number written in `literal`, a JSON number token; `nil` when it is not one.
    public init?(literal: some StringProtocol) {
        var text = String(literal)
        guard let number = text.withUTF8({ JSONNumber(utf8: $0) }) else { return nil }
        self = number
    }

    /// The number whose JSON literal is `literal` (the parser has checked it is one).
    @inlinable
    public init(validLiteral literal: UnsafeBufferPointer<UInt8>) {
        self = JSONNumber(utf8: literal)!
    }

    /// The number written in the UTF-8 bytes `literal`, a JSON number token; `nil` when it is not one.
    @usableFromInline
    init?(utf8 literal: UnsafeBufferPointer<UInt8>) {
        func isDigit(_ position: Int) -> Bool { position < literal.count && literal[position] &- 0x30 < 10 }
        var position = 0
        let negative = literal.first == UInt8(ascii: "-")
        if negative { position += 1 }
        var digits: [UInt8] = []
        digits.reserveCapacity(literal.count)
        let integerStart = position
        while isDigit(position) {
            digits.append(literal[position] &- 0x30)
            position += 1
        }
        let integerCount = position - integerStart
        guard integerCount > 0, integerCount == 1 || digits[0] != 0 else { return nil }
        var fractionCount = 0
        if position < literal.count, literal[position] == UInt8(ascii: ".") {
            position += 1
            while isDigit(position) {
                digits.append(literal[position] &- 0x30)
                fractionCount += 1
                position += 1
            }
            guard fractionCount > 0 else { return nil }
        }
        var exponent = 0
        if position < literal.count, literal[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            var exponentNegative = false
            if position < literal.count, literal[position] == UInt8(ascii: "+") || literal[position] == UInt8(ascii: "-") {
                exponentNegative = literal[position] == UInt8(ascii: "-")
                position += 1
            }
            guard isDigit(position) else { return nil }
            while isDigit(position) {
                exponent = min(exponent &* 10 &+ Int(literal[position] &- 0x30), Self.exponentLimit)
                position += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        guard position == literal.count else { return nil }
        self.init(isNegative: negative, rawDigits: digits, exponent: exponent - fractionCount)
    }

    /// The number `value`.
    public init(_ value: Int) {
        self.init(literal: String(value))!
    }

    /// The number `value` written in its shortest round-tripping form; must be finite.
    public init(_ value: Double) {
        precondition(value.isFinite, "JSON has no infinite or NaN numbers")
        self.init(literal: Self.jsonLiteral(of: value))!
    }

    /// Exponents are saturated here (in a literal, and for the order of magnitude of a number):
    /// a number this large or this small is out of any range a schema compares.
    @usableFromInline static let exponentLimit = 1 << 40

    /// A number from decimal digit values (0 to 9, leading and trailing zeros allowed) times ten to `exponent`.
    @usableFromInline
    init(isNegative: Bool, rawDigits: [UInt8], exponent: Int) {
        var digits = rawDigits[...]
        while digits.first == 0 { digits = digits.dropFirst() }
        var exponent = exponent
        while digits.last == 0 { digits = digits.dropLast(); exponent += 1 }
        // Saturate the order of magnitude, as written in scientific notation, so that the
        // number's own literal reads back as the same number.
        let magnitude = exponent + max(digits.count - 1, 0)
        exponent -= magnitude - min(max(magnitude, -Self.exponentLimit), Self.exponentLimit)
        self.digits = Array(digits)
        self.isNegative = digits.isEmpty ? false : isNegative
        self.exponent = digits.isEmpty ? 0 : exponent
    }

    /// Whether the number has no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// Whether the number is zero.
    public var isZero: Bool { digits.isEmpty }

    /// The power of ten of the number's leading digit (2 for 350, -2 for 0.05); `nil` for zero.
    /// Read from the digits and exponent, with no `Double` made.
    public var decimalOrder: Int? { digits.isEmpty ? nil : digits.count - 1 + exponent }

    /// Whether the number is beyond a `Double`'s range (about ±1.8e308: infinity when read as
    /// one); a `Double` is made only for a number of 10^308 or more.
    public var isBeyondDoubleRange: Bool { (decimalOrder ?? 0) >= 308 && !doubleValue.isFinite }

    /// Whether the number's size is from 10^`lowest` to 10^`highest` (both ends included).
    public func hasSize(from lowest: Int, to highest: Int) -> Bool {
        guard let order = decimalOrder else { return false }
        return order >= lowest && (order < highest || (order == highest && digits == [1]))
    }

    /// The nearest `Double` (infinite when out of range).
    public var doubleValue: Double { Double(description) ?? (isNegative ? -.infinity : .infinity) }

    /// The ``doubleValue`` of the number whose JSON literal is `literal` (the parser has checked
    /// it is one), read in place: no digits array and no description made. Literals off the
    /// ``fastPathDouble(ofLiteral:)`` are parsed as written, as `doubleValue` parses its description.
    public static func doubleValue(ofLiteral literal: UnsafeBufferPointer<UInt8>) -> Double {
        if let value = fastPathDouble(ofLiteral: literal) { return value }
        return Double(String(decoding: literal, as: UTF8.self)) ?? (literal.first == UInt8(ascii: "-") ? -.infinity : .infinity)
    }

    /// The ``doubleValue`` of a JSON number literal of at most 15 significant digits, at most 22
    /// of them after the point and no exponent (and of any zero); `nil` for others.
    ///
    /// Its digits as an integer are exact in a `Double`, and so is the power of ten it is divided
    /// by: one correctly rounded division (Clinger's fast path). Zero is positive, as a
    /// `JSONNumber`'s is. Such decimals have distinct doubles in their order: 15 significant
    /// digits survive the round trip through a `Double`.
    public static func fastPathDouble(ofLiteral literal: UnsafeBufferPointer<UInt8>) -> Double? {
        let negative = literal.first == UInt8(ascii: "-")
        var position = negative ? 1 : 0
        var significand: UInt64 = 0
        var significantDigits = 0
        var fractionDigits = 0
        var inFraction = false
        while position < literal.count {
            let byte = literal[position]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte &- 0x30 < 10 {
                if significantDigits > 0 || byte != UInt8(ascii: "0") { significantDigits += 1 }
                if significantDigits <= 15 { significand = significand &* 10 &+ UInt64(byte &- 0x30) }
                if inFraction { fractionDigits += 1 }
            } else {
                break
            }
            position += 1
        }
        if significantDigits == 0 { return 0 }
        guard position == literal.count, significantDigits <= 15, fractionDigits <= 22 else { return nil }
        let magnitude = Double(significand) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10^0 ... 10^22, every one exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { product, _ in product * 10 } }

    /// The value as an `Int`, when it is an integer that fits.
    public var intValue: Int? {
        guard isInteger, digits.count + exponent <= 19 else { return nil }
        var result = 0
        for digit in digits {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            result = product + Int(digit)
        }
        for _ in 0..<exponent {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            result = product
        }
        return isNegative ? -result : result
    }

    /// A JSON literal for the number: plain digits when short, scientific notation otherwise.
    public var description: String {
        var bytes: [UInt8] = []
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``description``'s UTF-8 bytes to `output`, with no text made on the way.
    @inlinable public func write<Output: ByteOutput & ~Copyable>(into output: inout Output) {
        guard !digits.isEmpty else { return output.append(UInt8(ascii: "0")) }
        if isNegative { output.append(UInt8(ascii: "-")) }
        let count = digits.count
        if exponent >= 0 && count + exponent <= 21 {
            Self.write(digits[...], into: &output)
            Self.writeZeros(exponent, into: &output)
        } else if exponent < 0 && -exponent < count {
            Self.write(digits[..<(count + exponent)], into: &output)
            output.append(UInt8(ascii: "."))
            Self.write(digits[(count + exponent)...], into: &output)
        } else if exponent < 0 && -exponent - count <= 5 {
            // Like ECMAScript: plain "0.000ddd" down to five zeros after the point, then e-notation.
            output.append(UInt8(ascii: "0"))
            output.append(UInt8(ascii: "."))
            Self.writeZeros(-exponent - count, into: &output)
            Self.write(digits[...], into: &output)
        } else {
            let adjusted = exponent + count - 1
            Self.write(digits[..<1], into: &output)
            if count > 1 {
                output.append(UInt8(ascii: "."))
                Self.write(digits[1...], into: &output)
            }
            output.append(UInt8(ascii: "e"))
            output.append(adjusted < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            output.append(utf8: String(abs(adjusted)))
        }
    }

    /// Writes `digits` (their values, 0 to 9) as ASCII digits.
    @inlinable static func write<Output: ByteOutput & ~Copyable>(_ digits: ArraySlice<UInt8>, into output: inout Output) {
        for digit in digits { output.append(digit &+ 0x30) }
    }

    /// Writes `count` zeros.
    @inlinable static func writeZeros<Output: ByteOutput & ~Copyable>(_ count: Int, into output: inout Output) {
        for _ in 0..<count { output.append(UInt8(ascii: "0")) }
    }

    private static func jsonLiteral(of value: Double) -> String {
        // Swift's description is the shortest round-tripping form ("0.1", "1e-07", "1.0").
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

extension JSONNumber: Comparable {
    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let magnitudeLess = lhs.magnitudeCompare(rhs) < 0
        let magnitudeGreater = lhs.magnitudeCompare(rhs) > 0
        return lhs.isNegative ? magnitudeGreater : magnitudeLess
    }

    /// Compares absolute values: negative, zero or positive.
    func magnitudeCompare(_ other: JSONNumber) -> Int {
        if digits.isEmpty || other.digits.isEmpty { return (digits.isEmpty ? 0 : 1) - (other.digits.isEmpty ? 0 : 1) }
        let order = digits.count + exponent
        let otherOrder = other.digits.count + other.exponent
        if order != otherOrder { return order < otherOrder ? -1 : 1 }
        for index in 0..<max(digits.count, other.digits.count) {
            let digit = index < digits.count ? digits[index] : 0
            let otherDigit = index < other.digits.count ? other.digits[index] : 0
            if digit != otherDigit { return digit < otherDigit ? -1 : 1 }
        }
        return 0
    }
}
