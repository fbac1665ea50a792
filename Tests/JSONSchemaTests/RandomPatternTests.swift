import Foundation
import TestSupport
import Testing

@testable import JSONSchema

/// Random patterns of the kinds `SimplePattern` takes, on random texts with characters beyond
/// ASCII, against ICU on the ECMA-262 translation: the two matchers must give the same answer
/// (a mismatch is a wrong verdict of one of them, or a translation that changes a meaning).
@Suite struct RandomPatternTests {
    /// Characters that the sets below tell apart: ASCII letters and digits, a space, ECMA
    /// white space and line terminators beyond ASCII, NEL (neither), letters beyond ASCII.
    static let alphabet: [Character] = ["a", "b", "0", "_", "-", ".", " ", "\t", "\n", "é", "Ж", "\u{A0}", "\u{2028}", "\u{85}", "\u{3000}", "😀"]
    static let atoms = [
        "a", "b", "0", "-", "é", "\\.", ".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "[ab]", "[^a]", "[a-z]", "[^\\s]", "[é-ж]", "[\\d-]",
    ]
    static let quantifiers = ["", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}"]

    static func randomPattern(_ random: inout SeededGenerator, depth: Int = 0) -> String {
        var pattern = ""
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let atom: String
            if depth < 2 && Int.random(in: 0..<5, using: &random) == 0 {
                let alternatives = (0..<Int.random(in: 1...3, using: &random)).map { _ in randomPattern(&random, depth: depth + 1) }
                atom = (Bool.random(using: &random) ? "(?:" : "(") + alternatives.joined(separator: "|") + ")"
            } else {
                atom = atoms.randomElement(using: &random)!
            }
            pattern += atom + quantifiers.randomElement(using: &random)!
        }
        return pattern
    }

    @Test func simplePatternsAgreeWithICUOnTextsBeyondASCII() throws {
        var random = SeededGenerator(seed: 35)
        var compared = 0
        for _ in 0..<400 {
            var source = Self.randomPattern(&random)
            if Bool.random(using: &random) { source = "^" + source }
            if Bool.random(using: &random) { source += "$" }
            guard let simple = SimplePattern(source) else { continue }
            let icu = try NSRegularExpression(pattern: ECMARegex.translate(source))
            let regex = try ECMARegex(source)
            for _ in 0..<25 {
                let text = String((0..<Int.random(in: 0...8, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)! })
                let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                // A pattern too large for an automaton may run out of backtracking steps; then
                // the schema's matcher asks ICU, within its bound.
                #expect((simple.matches(text) ?? regex.matches(text)) == expected, "\(source) on \(text.debugDescription)")
                compared += 1
            }
        }
        // Most random patterns are ones SimplePattern takes: the comparison is not of a handful.
        #expect(compared > 5_000)
    }
}
