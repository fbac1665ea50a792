import JSONCore
import JSONSchema
import Testing

/// ECMA-262 semantics of `pattern`, where ICU would differ.
@Suite struct ECMARegexTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool {
        let escaped = JSONWriter().string(.string(pattern))
        return try JSONSchemaCompiler().compile(JSONParser().parse("{\"pattern\": \(escaped)}")).isValid(.string(text))
    }

    @Test(arguments: [
        ("^\\d$", "5", true), ("^\\d$", "٣", false), ("^\\w$", "é", false), ("^\\w$", "_", true),
        ("^\\s$", "\u{A0}", true), ("^\\s$", "\u{FEFF}", true), ("^a$", "a\n", false), ("\\bcat\\b", "a cat.", true),
        ("\\bcat\\b", "écat", true), ("^[\\d]+$", "123", true), ("^[^\\d]$", "x", true), ("^[\\b]$", "\u{8}", true),
        ("^\\cJ$", "\n", true), ("^\\x41\\u0042$", "AB", true), ("^a{2}$", "aa", true), ("a{", "a{", true),
        ("^[[]$", "[", true), ("^\\v$", "\u{B}", true), ("^.$", "😀", true), ("^\\p{L}+$", "Монгол", true),
        ("^[a-z]+$", "abc", true), ("[]", "a", false), ("^[^]$", "\n", true),
    ])
    func followsECMASemantics(pattern: String, text: String, expected: Bool) throws {
        #expect(try matches(pattern, text) == expected)
    }

    @Test(arguments: ["\\a", "(?i)a", "a++", "(?>a)", "\\Z", "\\017", "[a"])
    func refusesWhatECMADoesNotHave(pattern: String) {
        #expect(throws: SchemaCompileError.self) { try matches(pattern, "") }
    }
}
