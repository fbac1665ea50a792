import JSONCore
import TestSupport
import Testing

@testable import JSONSchema

/// `NumberBound` orders a literal as the exact comparison of `JSONNumber`s does, on bounds and
/// literals around the 15-digit edge of its `Double` comparison.
@Suite struct NumberBoundTests {
    static let bounds = [
        "0", "-0", "1", "-1", "0.1", "100", "99.99", "1e2", "123456789012345", "1234567890123456", "0.123456789012345",
        "0.30000000000000004", "0.10000000000000001", "1e-310", "1e300", "1e308", "-2.5", "9007199254740993", "0.000000000000000000001",
    ]

    /// A literal of 1 to 18 digits with the point anywhere (or none), at times a neighbour of `bound`.
    static func literal(near bound: String, _ generator: inout SeededGenerator) -> String {
        if Bool.random(using: &generator), let last = bound.last, let digit = last.wholeNumberValue, !bound.contains("e") {
            // The bound with one more digit, or its last digit changed by one.
            let changed = String(bound.dropLast()) + String((digit + [1, 9].randomElement(using: &generator)!) % 10)
            return [
                bound + (bound.contains(".") ? "" : ".") + String(Int.random(in: 0...9, using: &generator)), changed,
                bound + (bound.contains(".") ? "0" : ".0"),
            ]
            .randomElement(using: &generator)!
        }
        let count = Int.random(in: 1...18, using: &generator)
        var digits = (0..<count).map { _ in String(Int.random(in: 0...9, using: &generator)) }
        if digits.count > 1 && digits[0] == "0" { digits[0] = "1" }
        var text = digits.joined()
        if Bool.random(using: &generator) { text = "0." + String(repeating: "0", count: Int.random(in: 0...6, using: &generator)) + text }
        return (Bool.random(using: &generator) ? "-" : "") + text
    }

    @Test func ordersLiteralsAsTheExactNumbersCompare() throws {
        var generator = SeededGenerator(seed: 15)
        for boundText in Self.bounds {
            let exactBound = try #require(JSONNumber(literal: boundText))
            let bound = NumberBound(exactBound)
            // 0.1 and 0.10000000000000001 (17 digits) are one Double: the 15-digit edge matters.
            let literals = ["0.1", "-0.1", "10", "1e1", "0", "-0.0"] + (0..<3_000).map { _ in Self.literal(near: boundText, &generator) }
            let tape = try JSONParser().parseTape(Array(("[" + literals.joined(separator: ",") + "]").utf8))
            var element = tape.root + 1
            for literal in literals {
                let exact = try #require(JSONNumber(literal: literal))
                let expected: NumberBound.Order = exact < exactBound ? .below : exactBound < exact ? .above : .equal
                #expect(bound.order(ofNumberAt: element, in: tape) == expected, "\(literal) against \(boundText)")
                element = tape.next(after: element)
            }
        }
    }
}
