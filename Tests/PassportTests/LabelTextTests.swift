import TestSupport
import Testing

@testable import Passport

/// A printed composition read into entries: separators, decimal marks, a part's name before a
/// colon, percentages with or without a space, and the purity words of Art. 7 (an entry is pure
/// when it has them or is 100%).
@Suite struct LabelTextTests {
    typealias Entry = LabelText.Entry

    @Test(arguments: [
        ("70% cashmere, 30% yak", [Entry(name: "cashmere", percent: 70, part: nil), Entry(name: "yak", percent: 30, part: nil)]),
        ("87,5 % Kaschmir; 12,5 % Seide", [Entry(name: "Kaschmir", percent: 87.5, part: nil), Entry(name: "Seide", percent: 12.5, part: nil)]),
        (
            "Outer shell: 100% cashmere. Lining: 100% silk.",
            [Entry(name: "cashmere", percent: 100, part: "Outer shell", pure: true), Entry(name: "silk", percent: 100, part: "Lining", pure: true)]
        ),
        (
            "pure cashmere / reine Kaschmirwolle",
            [Entry(name: "cashmere", percent: nil, part: nil, pure: true), Entry(name: "Kaschmirwolle", percent: nil, part: nil, pure: true)]
        ),
        (
            "cashmere puro + 2.5% Elasthan",
            [Entry(name: "cashmere", percent: nil, part: nil, pure: true), Entry(name: "Elasthan", percent: 2.5, part: nil)]
        ),
        ("100%", []),
        // The percentage parts the words on either side, spaced or not.
        ("Lining:cashmere70%silk", [Entry(name: "cashmere silk", percent: 70, part: "Lining")]),
        (
            " Outer \t shell :\r\n soft 70 %  cashmere\u{0B}blend pure",
            [Entry(name: "soft cashmere blend", percent: 70, part: "Outer shell", pure: true)]
        ),
    ])
    func entries(text: String, expected: [Entry]) {
        #expect(LabelText.entries(in: text) == expected)
    }

    @Test func percentagesAreFoundWithOrWithoutASpace() {
        #expect(LabelText.statesPercentages("70 % Kaschmir"))
        #expect(LabelText.statesPercentages("12,5% silk"))
        #expect(!LabelText.statesPercentages("Schurwolle und Kaschmir"))
    }

    /// ASCII text is cut over its bytes where the character reading cuts it: at `;`, `/`, `+`, a
    /// line feed (not the CR LF pair, one character that is no line feed), and a comma or full
    /// stop that is not a decimal mark between digits; the entries of such texts and their
    /// decimal commas as numbers.
    @Test func asciiTextIsCutWhereItsCharactersAre() {
        var random = SeededGenerator(seed: 2026_12_06)
        let pieces = ["70", "12", "5", "%", " ", ",", ".", ";", "/", "+", "\n", "\r\n", "\r", ":", "cashmere", "Lining", "pure", "\t", "x"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(LabelText.segments(of: text) == LabelText.characterSegments(of: text), "\(text.debugDescription)")
        }
        #expect(LabelText.segments(of: "a\r\nb\nc;1,5.2.x") == ["a\r\nb", "c", "1,5.2", "x"])
        #expect(
            LabelText.entries(in: "87,5% cashmere, 12.5 % silk") == [
                Entry(name: "cashmere", percent: 87.5, part: nil), Entry(name: "silk", percent: 12.5, part: nil),
            ])
    }

    /// ASCII text is read over its bytes as its characters read it: random texts of colons,
    /// digits, decimal marks, percent signs, whitespace of every kind (CR LF too), purity words
    /// in any case and fibre names give the same entries, and the same first percentage as the
    /// regular expression finds.
    @Test func asciiTextGivesTheEntriesItsCharactersGive() {
        var random = SeededGenerator(seed: 2026_12_07)
        let pieces = [
            " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", ":", "%", "70", "1", ".", ",", "5", "Pure", "ALL", "rein", "cashmere", "Lining", "x",
            ";",
        ]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(
                LabelText.entries(in: text) == LabelText.characterSegments(of: text).compactMap(LabelText.characterEntry), "\(text.debugDescription)")
            #expect(LabelText.entry(text[...]) == LabelText.characterEntry(text[...]), "\(text.debugDescription)")
            let found = LabelText.firstPercentage(in: text[...])
            let matched = text.firstMatch(of: LabelText.percentage)
            #expect(found?.range == matched?.range && found.map { String($0.number) } == matched.map { String($0.1) }, "\(text.debugDescription)")
        }
    }
}
