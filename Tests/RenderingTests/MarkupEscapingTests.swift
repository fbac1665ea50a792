import Testing

@testable import Rendering

/// Text made safe for HTML and SVG, byte by byte.
@Suite struct MarkupEscapingTests {
    @Test(arguments: [
        ("a&b<c>\"d'", "a&amp;b&lt;c&gt;&quot;d&apos;"),
        ("tab\tnl\ncr\r", "tab\tnl\ncr\r"),
        ("\u{0}\u{1F}x", "\u{FFFD}\u{FFFD}x"),
        ("\u{FFFE}x\u{FFFF}", "\u{FFFD}x\u{FFFD}"),
        ("\u{FFFD}\u{F000}\u{FFFC}", "\u{FFFD}\u{F000}\u{FFFC}"),
        ("Хөвсгөл аймаг, 🐐 κασμίρ", "Хөвсгөл аймаг, 🐐 κασμίρ"),
        ("</svg><script>", "&lt;/svg&gt;&lt;script&gt;"),
        ("", ""),
        ("ends with \u{EF}", "ends with \u{EF}"),
    ])
    func markupIsEscaped(_ text: String, _ expected: String) {
        #expect(text.markupEscaped == expected)
    }

    /// Scalar by scalar, the rule as the XML specification words it: the reference the byte loop must match.
    static func reference(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    @Test func randomTextIsEscapedAsTheReferenceEscapesIt() {
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = [
            "a", "&", "<", ">", "\"", "'", "\t", "\n", "\u{0}", "\u{1B}", "ө", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFFF}", "🐐",
        ]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...20, using: &generator) { text.unicodeScalars.append(pool.randomElement(using: &generator)!) }
            #expect(text.markupEscaped == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// Every scalar up to U+07FF, and those around U+FFFE, alone and between letters: each byte
    /// value the escaping reads at the start of a character, as the reference escapes it.
    @Test func everyLeadingByteIsEscapedAsTheReferenceEscapesIt() {
        let scalars =
            (0...0x7FF).compactMap(Unicode.Scalar.init) + (0xEFFF...0xF000).compactMap(Unicode.Scalar.init)
            + (0xFFF0...0xFFFF).compactMap(Unicode.Scalar.init) + ["🐐"]
        for scalar in scalars {
            let text = String(Character(scalar))
            #expect(text.markupEscaped == Self.reference(text), "U+\(String(scalar.value, radix: 16))")
            #expect(("a" + text + "b").markupEscaped == Self.reference("a" + text + "b"), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Clean runs of every length around each character to escape (and those passed), so that
    /// each lands at every place of an eight-byte word the escaping reads at once.
    @Test func charactersAtEveryPlaceOfAWordAreEscaped() {
        // `=` and `?` differ from `<` and `>` in one bit, `%` from `&` and `'`: the word scan masks those bits.
        let specials: [String] = [
            "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{F000}", "ө", " ", "%",
            "=", "?", "$", "\u{7F}",
        ]
        let clean = "Gobi cashmere, 100 percent: Хөвсгөл"
        for special in specials {
            for before in 0...17 {
                for after in [0, 1, 7, 8, 9] {
                    let text = String(clean.prefix(before)) + special + String(clean.suffix(after))
                    #expect(text.markupEscaped == Self.reference(text), "\(text.debugDescription)")
                    var escaped = HTMLWriter(capacity: 16)
                    escaped.raw("<p>")
                    MarkupEscaping.append(text, to: &escaped)
                    #expect(escaped.html == "<p>" + Self.reference(text), "\(text.debugDescription)")
                }
            }
        }
    }
}
