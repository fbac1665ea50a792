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
