import JSONCore
import Testing

@Suite struct JSONNumberTests {
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
        ("123.456", "123.456"), ("1e21", "1e+21"), ("1e20", "100000000000000000000"),
    ])
    func smallAndLargeNumbersWriteLikeECMAScript(literal: String, expected: String) throws {
        #expect(try #require(JSONNumber(literal: literal)).description == expected)
    }
}
