import Foundation
import TestSupport
import Testing

@testable import JSONSchema

/// The fast matcher must agree with the ICU translation on every pattern it accepts.
@Suite struct SimplePatternTests {
    static let patterns = [
        "^[0-9]{14}$", "^https://", "^[A-Z]{2}$", "^https://[a-z0-9.-]+/01/[0-9]{14}/10/[A-Za-z0-9-]{1,20}$", "\\d+", "^\\w*$",
        "a.c", "^\\s?x", "[^a-c]+$", "^a{2,}$", "^ab?c$", "x*y*z", "^[\\d-]+$", "é", "^.$", "^[^\\d]$", "\\.json$",
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
        "^https?://[^\\s/]+(/[^\\s/]+)*/01/[0-9]{14}(/[^\\s]*)?$", "^(?:ab|a)c$", "(x|y)+z", "^(a|)+$", "^(ab){2}$",
        "^[a-z][a-z0-9+.-]*:[^\\s]+$", "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "^[0-9]{2,7}-[0-9]{2}-[0-9]$", "[^\\s]", "b+$", "a{0}c",
    ]
    static let texts = [
        "", "09520123456788", "0952012345678", "https://id.example.com/01/09520123456788/10/L1-A", "MN", "mn", "abc", "a\nc",
        "xyz", "é", "😀", " x", "aaa", "ac", "12-3", "file.json", "file.jsonx", "٣", "a b", "ZZZ",
        "2026-11-29T09:30:00Z", "2026-11-29T09:30:00.25+08:00", "2026-11-29T09:30:00", "https://id.example.com/01/09520123456788",
        "https://id.example.com/a/b/01/09520123456788/10/L1", "http://x/01/123", "abc", "xyxz", "abab", "ababab",
        "urn:x", "https://a b", "did:web:x", "a@b.c", "a@b", "@b.c", "1234-56-7", "12-34-5", "a:", ":x", "abcabc", "ab\u{0B}", "\t",
        "abcdefghijklmnopq", "xxxxxxxx\u{7F}", "aaaaaaaaabbbbbbbbb",
        // Beyond ASCII: letters, white space and line terminators ECMA-262 names, a character
        // beyond the Basic Multilingual Plane, between printable runs.
        "Монгол", "é@é.é", "a\u{A0}b", "x\u{2028}", "\u{FEFF}", "😀x", "did:web:é", "https://id.example.com/é/01/09520123456788",
        "aé@b.c", "ab\u{3000}c", "٣٣-٣٣-٣", "2026-11-29T09:30:00Z\u{200A}", "abcdefghé\u{1680}", "a\u{85}c", "\u{10FFFF}",
    ]

    @Test(arguments: patterns)
    func agreesWithICU(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let icu = try NSRegularExpression(pattern: ECMARegex.translate(pattern))
        for text in Self.texts {
            let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
            #expect(simple.matches(text) == expected, "\(pattern) on \(text.debugDescription)")
            // The automaton answers on the UTF-8 bytes of any text.
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { simple.matches(utf8: $0) } == expected, "\(pattern) on the bytes of \(text.debugDescription)")
        }
    }

    /// Random texts over the characters the patterns care about, against ICU: the automaton
    /// (and, for `a{600}`, which unrolls to too many states, the backtracking matcher) must agree.
    @Test(arguments: patterns + ["^a{600}$", "^(ab|a){2,300}c$", "^[ab]*a[ab]{3}$"])
    func agreesWithICUOnRandomASCIITexts(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let icu = try NSRegularExpression(pattern: ECMARegex.translate(pattern))
        let alphabet = Array("ab:/01Z9-.@ \tcxTzy+éЖ\u{A0}\u{2028}\u{85}😀")
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<400 {
            let length = Int.random(in: 0...18, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
            #expect(simple.matches(text) == expected, "\(pattern) on \(text.debugDescription)")
        }
        let long = String(repeating: "a", count: 600)
        for text in [long, long + "a", String(long.dropLast())] {
            let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
            #expect(simple.matches(text) == expected, "\(pattern) on \(text.count) a's")
        }
    }

    /// Long runs of printable bytes with one space or control byte at every offset, against ICU:
    /// the automaton passes over eight printable bytes at a time in states that loop on them,
    /// and must stop at the byte that breaks the run wherever it falls in a word, a space, a control
    /// byte or the first byte of a character beyond ASCII (`[!-~]` loops on every printable byte but DEL).
    @Test(arguments: patterns + ["^[!-~]+$", "^x[!-\u{7F}]*$"])
    func agreesWithICUOnLongPrintableRunsBrokenAtEveryOffset(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let icu = try NSRegularExpression(pattern: ECMARegex.translate(pattern))
        var random = SeededGenerator(seed: 7)
        let printable = (0x21...0x7F).map { Character(Unicode.Scalar(UInt8($0))) }
        for prefix in ["", "urn:", "did:web:", "https://id.example.com/01/09520123456788/"] {
            for length in [7, 8, 9, 16, 23, 40] {
                let run = String((0..<length).map { _ in printable.randomElement(using: &random)! })
                var texts = [prefix + run]
                for offset in 0...length {
                    for breaker in [" ", "\t", "\u{01}", "\u{20}", "é", "\u{A0}", "😀", "\u{2028}"] {
                        let cut = run.index(run.startIndex, offsetBy: offset)
                        texts.append(prefix + run[..<cut] + breaker + run[cut...])
                    }
                }
                for text in texts {
                    let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                    let bytes = Array(text.utf8)
                    #expect(bytes.withUnsafeBufferPointer { simple.matches(utf8: $0) } == expected, "\(pattern) on \(text.debugDescription)")
                }
            }
        }
    }

    @Test(arguments: [
        "a|b", "a**", "\\bx", "[a", "a{2", "\\p{L}", "[\\D]", "(?=a)", "(a", "a)", "\\1", "a$b",
        // Found by the schema fuzz harness: a signed bound crashed the automaton's construction.
        "^[A-Z]{2}[A-Za-z0-9]{-01,15}$", "a{-1}", "a{+2}", "a{1,-3}",
    ])
    func leavesEverythingElseToICU(pattern: String) {
        #expect(SimplePattern(pattern) == nil)
    }

    /// Bytes that are not well-formed UTF-8 are left to be matched as a string (with replacement characters).
    @Test(
        arguments: [
            [0x61, 0xC3], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x28, 0xA1], [0x80], [0xF4, 0x90, 0x80, 0x80],
        ] as [[UInt8]])
    func malformedUTF8IsNotMatchedInPlace(bytes: [UInt8]) throws {
        let pattern = try #require(SimplePattern("^(?:a|[^a])+$"))
        #expect(bytes.withUnsafeBufferPointer { pattern.matches(utf8: $0) } == nil)
    }

    @Test func asciiTestSeesAByteAboveASCIIAtEveryOffset() {
        for length in 0...20 {
            let plain = Array(repeating: UInt8(ascii: "a"), count: length)
            #expect(plain.withUnsafeBufferPointer(SimplePattern.isASCII), "\(length) plain bytes")
            for offset in 0..<length {
                for high: UInt8 in [0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[offset] = high
                    #expect(!bytes.withUnsafeBufferPointer(SimplePattern.isASCII), "0x\(String(high, radix: 16)) at \(offset) of \(length)")
                }
            }
        }
    }

    /// The automaton answers in one pass on any text; a pattern too large for one goes to the
    /// backtracking matcher, which gives up on a pattern that backtracks without end.
    @Test func catastrophicBacktrackingGivesUpInsteadOfHanging() throws {
        let pattern = try #require(SimplePattern("^(a+)+$"))
        for (last, expected) in [("é", false), ("b", false), ("", true), ("\u{2028}", false)] {
            #expect(pattern.matches(String(repeating: "a", count: 40) + last) == expected, "\(last.debugDescription)")
        }
        // 600 `b`s unroll to more states than an automaton is allowed.
        let large = try #require(SimplePattern("^(a+)+b{600}$"))
        #expect(large.matches(String(repeating: "a", count: 40) + "é") == nil)
        #expect(large.matches(String(repeating: "a", count: 40) + String(repeating: "b", count: 600)) == true)
    }
}
