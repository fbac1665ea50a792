import Spooling
import Testing

/// Byte strings compared and searched in place.
struct ByteComparisonTests {
    @Test(arguments: [
        ("/21/", "https://id.gs1.org/01/09521234500018/21/CSW-1", true),
        ("/21/", "/21/", true),
        ("/21/", "https://id.gs1.org/01/09521234500018/10/L21/", false),
        ("/21/", "x/21", false),
        ("/21/", "", false),
        ("abc", "ababc", true),
        ("abc", "ababx", false),
        ("", "abc", false),
    ])
    func findsAPartAnywhereInTheBytes(_ part: String, _ text: String, _ expected: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { occurs(part, in: $0) } == expected)
        // The same through a text and a part of one (a substring shares its text's bytes).
        #expect(text.containsUTF8(part) == expected)
        #expect(("é" + text + "é").dropFirst().dropLast().containsUTF8(part) == expected)
    }

    @Test(arguments: [
        ("https://example.org/01/09521234500018/10/L1/", "https://example.org/01/09521234500018/10/L1/index.html", true),
        ("https://example.org/01/09521234500018/10/L1/", "https://example.org/01/09521234500018/10/L2/index.html", false),
        ("https://example.org/01/09521234500018/10/L1/", "https://example.org/01/", false),
        ("abc", "abc", true),
        ("abc", "ab", false),
        ("", "abc", true),
        ("", "", true),
        // Bytes, not canonical equivalence: `hasPrefix` finds "é" in "e" and a combining accent.
        ("\u{E9}", "e\u{301}tude", false),
        ("e", "e\u{301}tude", true),
    ])
    func startsWithAPrefixByItsBytes(_ prefix: String, _ text: String, _ expected: Bool) {
        #expect(text.hasUTF8Prefix(prefix) == expected)
        #expect(("é" + text + "é").dropFirst().dropLast().hasUTF8Prefix(prefix) == expected)
    }

    @Test func comparesWholeWordsAndTails() {
        let long = Array("https://id.gs1.org/01/09521234500018".utf8)
        var other = long
        long.withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in #expect(bytesEqual(a, b)) } }
        for place in [0, 7, 8, 35] {
            other = long
            other[place] ^= 1
            long.withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in #expect(!bytesEqual(a, b)) } }
        }
        long.withUnsafeBufferPointer { a in long.dropLast().withUnsafeBufferPointer { b in #expect(!bytesEqual(a, b)) } }
    }
}
