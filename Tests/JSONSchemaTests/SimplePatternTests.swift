import Foundation
import Testing

@testable import JSONSchema

/// The fast matcher must agree with the ICU translation on every pattern it accepts.
@Suite struct SimplePatternTests {
    static let patterns = [
        "^[0-9]{14}$", "^https://", "^[A-Z]{2}$", "^https://[a-z0-9.-]+/01/[0-9]{14}/10/[A-Za-z0-9-]{1,20}$", "\\d+", "^\\w*$",
        "a.c", "^\\s?x", "[^a-c]+$", "^a{2,}$", "^ab?c$", "x*y*z", "^[\\d-]+$", "é", "^.$", "^[^\\d]$", "\\.json$",
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
        "^https?://[^\\s/]+(/[^\\s/]+)*/01/[0-9]{14}(/[^\\s]*)?$", "^(?:ab|a)c$", "(x|y)+z", "^(a|)+$", "^(ab){2}$",
    ]
    static let texts = [
        "", "09520123456788", "0952012345678", "https://id.example.com/01/09520123456788/10/L1-A", "MN", "mn", "abc", "a\nc",
        "xyz", "é", "😀", " x", "aaa", "ac", "12-3", "file.json", "file.jsonx", "٣", "a b", "ZZZ",
        "2026-11-29T09:30:00Z", "2026-11-29T09:30:00.25+08:00", "2026-11-29T09:30:00", "https://id.example.com/01/09520123456788",
        "https://id.example.com/a/b/01/09520123456788/10/L1", "http://x/01/123", "abc", "xyxz", "abab", "ababab",
    ]

    @Test(arguments: patterns)
    func agreesWithICU(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let icu = try NSRegularExpression(pattern: ECMARegex.translate(pattern))
        for text in Self.texts {
            let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
            #expect(simple.matches(text) == expected, "\(pattern) on \(text.debugDescription)")
        }
    }

    @Test(arguments: ["a|b", "a**", "\\bx", "[a", "a{2", "\\p{L}", "[\\D]", "(?=a)", "(a", "a)", "\\1", "a$b"])
    func leavesEverythingElseToICU(pattern: String) {
        #expect(SimplePattern(pattern) == nil)
    }

    @Test func catastrophicBacktrackingGivesUpInsteadOfHanging() throws {
        let pattern = try #require(SimplePattern("^(a+)+$"))
        #expect(pattern.matches(String(repeating: "a", count: 40) + "b") == nil)
        #expect(pattern.matches(String(repeating: "a", count: 40)) == true)
    }
}
