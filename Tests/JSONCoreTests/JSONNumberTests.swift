import JSONCore
import TestSupport
import Testing

@Suite struct JSONNumberTests {
    /// The power of ten of a number's leading digit, and whether its size lies between two powers
    /// of ten (both included), read from the digits: worked out by hand from each literal.
    @Test func theOrderAndSizeOfANumberAreReadFromItsDigits() throws {
        func number(_ literal: String) throws -> JSONNumber { try #require(JSONNumber(literal: literal)) }
        #expect(try number("350").decimalOrder == 2 && number("0.05").decimalOrder == -2 && number("-7.5e3").decimalOrder == 3)
        #expect(try number("0").decimalOrder == nil && number("-0.000").decimalOrder == nil)
        for (literal, within) in [
            ("1e12", true), ("1.0000001e12", false), ("999999999999.9", true), ("-1000000000000", true), ("1e-9", true),
            ("9.99e-10", false), ("-0.000000001", true), ("1e999", false), ("0", false),
        ] {
            #expect(try number(literal).hasSize(from: -9, to: 12) == within, "\(literal)")
        }
        // A double's largest finite value is 1.7976931348623157e308.
        for (literal, beyond) in [
            ("1e308", false), ("1.7976931348623157e308", false), ("1.8e308", true), ("-1e309", true), ("1e-999", false), ("0", false),
        ] {
            #expect(try number(literal).isBeyondDoubleRange == beyond, "\(literal)")
        }
    }

    @Test(arguments: [
        ("1", "1.0"), ("1", "10e-1"), ("0", "-0"), ("0", "0.000e5"), ("100", "1e2"), ("-2.5", "-25E-1"),
    ])
    func equalSpellingsAreEqual(lhs: String, rhs: String) throws {
        #expect(try #require(JSONNumber(literal: lhs)) == #require(JSONNumber(literal: rhs)))
    }

    @Test(arguments: ["01", "1.", ".5", "+1", "1e", "1e+", "--1", "0x10", "", "1 "])
    func malformedLiteralsAreRefused(literal: String) {
        #expect(JSONNumber(literal: literal) == nil)
    }

    @Test func thirtyDigitIntegersStayExact() throws {
        let big = try #require(JSONNumber(literal: "123456789012345678901234567890"))
        let bigger = try #require(JSONNumber(literal: "123456789012345678901234567891"))
        #expect(big < bigger)
        #expect(big != bigger)
        #expect(big.isInteger)
        #expect(big.intValue == nil)
    }

    @Test func hugeExponentsCompare() throws {
        let huge = try #require(JSONNumber(literal: "1e400"))
        #expect(JSONNumber(1) < huge)
        #expect(huge.doubleValue == .infinity)
    }

    /// Saturated exponents (beyond 2^40) still write a literal that reads back as the same number:
    /// the first literal is the one `fuzz-json` found.
    @Test(arguments: [
        "1238345678901234567890.5e48383456789012", "1234e99999999999999", "10e1099511627776", "0.001e-99999999999999",
        "-1.5e-1099511627776", "9e1099511627775",
    ])
    func saturatedNumbersReadBackTheSame(literal: String) throws {
        let number = try #require(JSONNumber(literal: literal))
        #expect(JSONNumber(literal: number.description) == number, "\(literal) written as \(number.description)")
        #expect(number.exponent + number.digits.count - 1 <= 1 << 40 && number.exponent + number.digits.count - 1 >= -(1 << 40))
    }

    @Test(arguments: [(0.1, "0.1"), (1.0, "1"), (-2.5, "-2.5"), (1e-7, "1e-7"), (123456.0, "123456")])
    func doublesWriteShortest(value: Double, expected: String) {
        #expect(JSONNumber(value).description == expected)
    }
}

@Suite struct JSONNumberWritingTests {
    // Expected forms are ECMAScript's Number.prototype.toString for the same values.
    @Test(arguments: [
        ("0.181818", "0.181818"), ("0.000001", "0.000001"), ("0.0000001", "1e-7"), ("0.00012345", "0.00012345"),
        ("123.456", "123.456"), ("1e21", "1e+21"), ("1e20", "100000000000000000000"), ("1.5e30", "1.5e+30"),
        ("-12345e-20", "-1.2345e-16"), ("-0.5", "-0.5"), ("0", "0"), ("-0.000120", "-0.00012"),
    ])
    func smallAndLargeNumbersWriteLikeECMAScript(literal: String, expected: String) throws {
        #expect(try #require(JSONNumber(literal: literal)).description == expected)
    }

    /// The literal read in place gives the `Double` of the number made from it, bit for bit: on
    /// the fast path's edges (15 and 16 significant digits, 22 and 23 after the point, leading
    /// and trailing zeros), exponents, negative zero, overflow, underflow and halfway cases.
    @Test func doublesReadInPlaceAreTheNumbersDoubles() throws {
        var literals = [
            "0", "-0", "0.0", "-0.000", "-0e5", "0e-999", "1", "-1", "0.1", "0.3", "123456789012345", "1234567890123456",
            "0.1234567890123456789012", "0.12345678901234567890123", "9007199254740993", "9007199254740992.5", "1e400", "-1e400",
            "1e-400", "-1e-400", "2.2250738585072011e-308", "4.9406564584124654e-324", "1.7976931348623157e308", "1.7976931348623159e308",
            "100000000000000000000000", "0.000000000000000000000001", "1E22", "1e23", "5e-1", "123.456e2", "1e99999999999999999999",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            var literal = Bool.random(using: &generator) ? "-" : ""
            let integerDigits = Int.random(in: 1...18, using: &generator)
            literal +=
                Int.random(in: 0..<4, using: &generator) == 0
                ? "0"
                : String(
                    (0..<integerDigits).map { index in
                        Character(String(index == 0 ? Int.random(in: 1...9, using: &generator) : Int.random(in: 0...9, using: &generator)))
                    })
            if Bool.random(using: &generator) {
                literal +=
                    "."
                    + String((0..<Int.random(in: 1...25, using: &generator)).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            }
            if Int.random(in: 0..<4, using: &generator) == 0 { literal += "e" + String(Int.random(in: -330...330, using: &generator)) }
            literals.append(literal)
        }
        let tape = try JSONParser().parseTape(Array(("[" + literals.joined(separator: ",") + "]").utf8))
        let elements = try #require(JSONTapeValue(root: tape).elements)
        for (literal, element) in zip(literals, elements) {
            let expected = try #require(JSONNumber(literal: literal)).doubleValue
            var text = literal
            let inPlace = text.withUTF8 { JSONNumber.doubleValue(ofLiteral: $0) }
            #expect(inPlace.bitPattern == expected.bitPattern, "\(literal): \(inPlace) against \(expected)")
            #expect(element.doubleValue?.bitPattern == expected.bitPattern, "\(literal)")
        }
        #expect(JSONTapeValue(root: try JSONParser().parseTape(Array(#""1""#.utf8))).doubleValue == nil)
    }
}
