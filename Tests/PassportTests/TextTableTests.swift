import Spooling
import Testing

@testable import Passport

/// The table of texts the rules remember things by: every text stored is found again with its
/// value, texts not stored are not found, a text is stored once, and a value is worked out once
/// per distinct text, past the table's growth.
@Suite struct TextTableTests {
    /// Lots' links that share all but their last bytes, a few short texts, and texts that are
    /// prefixes of others.
    static let texts: [String] =
        (0..<300).map { "https://id.gs1.org/01/09521234100010/10/HRD-BKH-2026-\($0)" } + [
            "", "a", "ab", "é", "9521234000273", "https://id.gs1.org/01",
        ]

    @Test func everyTextStoredIsFoundWithItsValue() {
        var table = TextTable<Int>()
        for (index, text) in Self.texts.enumerated() {
            let stored = table.insert(index, for: text)
            #expect(stored)
        }
        #expect(table.count == Self.texts.count)
        for (index, text) in Self.texts.enumerated() { #expect(table[text] == index, "\(text)") }
        for text in Self.texts {
            let stored = table.insert(-1, for: text)
            #expect(!stored)
        }
        #expect(table.count == Self.texts.count)
        for absent in ["https://id.gs1.org/01/09521234100010/10/HRD-BKH-2026-300", "b", "https://id.gs1.org/0", "E"] {
            #expect(table[absent] == nil && !table.contains(absent), "\(absent)")
        }
    }

    @Test func aValueIsWorkedOutOncePerDistinctText() {
        var table = TextTable<String>()
        var made = 0
        for text in Self.texts + Self.texts.reversed() + Self.texts {
            let value = table.value(for: text) { text in
                made += 1
                return text.uppercased()
            }
            #expect(value == text.uppercased())
        }
        #expect(made == Self.texts.count)
    }

    @Test func aTextHashesAsItsBytes() {
        for text in Self.texts {
            #expect(ByteHash.hash(text) == Array(text.utf8).withUnsafeBufferPointer(ByteHash.hash))
        }
        #expect(ByteHash.hash("ab") != ByteHash.hash("ba") && ByteHash.hash("") != ByteHash.hash("\0"))
    }
}
