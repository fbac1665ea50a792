import Testing

@testable import Rendering

/// Integers written in decimal into bytes, as the SVG paths and PDF content streams write them.
@Suite struct DecimalAppendTests {
    /// Every magnitude's length, both signs, the extremes: what `String(_:)` writes, after the
    /// bytes already there.
    @Test func writesWhatStringWrites() {
        var generator = SystemRandomNumberGenerator()
        var values = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.min + 1]
        var top = 1
        for _ in 1...18 {
            top *= 10
            values += (0..<20).map { _ in Int.random(in: -top...top, using: &generator) }
        }
        for value in values {
            var bytes = Array("x=".utf8)
            bytes.appendDecimal(value)
            #expect(String(decoding: bytes, as: UTF8.self) == "x=" + String(value))
        }
    }

    /// Leading zeros up to the width asked for, none cut when the number is wider.
    @Test(arguments: [
        (0, 4, "0000"), (5, 4, "0005"), (394, 4, "0394"), (1234, 4, "1234"), (98765, 4, "98765"), (7, 1, "7"), (-42, 5, "-00042"),
        (12, 20, "00000000000000000012"),
    ])
    func padsToTheWidth(_ value: Int, _ width: Int, _ expected: String) {
        var bytes: [UInt8] = []
        bytes.appendDecimal(value, minimumWidth: width)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }
}
