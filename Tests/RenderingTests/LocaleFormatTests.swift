import Rendering
import Testing

/// Numbers, percentages, dates and plurals as each published language writes them. The expected
/// values were written by hand from CLDR 44's data for en, mn, de, fr and it (decimal and group
/// symbols, percent and long date patterns (with no-break spaces where a date must not break), month names, integer plural rules); the minus is U+2212 in every language.
@Suite struct LocaleFormatTests {
    static func format(_ code: String) -> LocaleFormat { PageText.languages.first { $0.code == code }!.format }

    /// Whole parts beyond what an `Int` of tenths holds (an absurd figure made from a catalogue's
    /// largest numbers) are written as their leading 16 digits and zeros, grouped; infinity and
    /// NaN as Swift writes them. Expected digits worked out by hand (1e21 is exact in binary;
    /// 1.2345678901234568e29 keeps 16 significant digits, 1234567890123457, rounded up).
    @Test func numbersBeyondAnIntOfTenthsAreWrittenWithoutATrap() {
        let format = Self.format("en")
        #expect(format.number(1e21) == "1" + String(repeating: ",000", count: 7))
        #expect(format.number(-1e21) == "\u{2212}1" + String(repeating: ",000", count: 7))
        #expect(format.number(1.234_567_890_123_456_8e29) == "123,456,789,012,345,700,000,000,000,000")
        #expect(format.number(1e15) == "1,000,000,000,000,000")
        #expect(format.number(123_456_789_012.34) == "123,456,789,012.3")
        #expect(format.number(.infinity) == "inf" && format.number(-.infinity) == "-inf" && format.number(.nan) == "nan")
    }

    @Test(arguments: [
        ("en", "20,000", "15.8", "\u{2212}3", "1,234,567.3"),
        ("mn", "20,000", "15.8", "\u{2212}3", "1,234,567.3"),
        ("de", "20.000", "15,8", "\u{2212}3", "1.234.567,3"),
        ("fr", "20\u{202F}000", "15,8", "\u{2212}3", "1\u{202F}234\u{202F}567,3"),
        ("it", "20.000", "15,8", "\u{2212}3", "1.234.567,3"),
    ])
    func numbersAreGroupedWithTheLanguagesSeparatorsAndARealMinus(
        code: String, thousands: String, decimal: String, negative: String, millions: String
    ) {
        let format = Self.format(code)
        #expect(format.number(20000) == thousands)
        #expect(format.number(15.8) == decimal)
        #expect(format.number(-3.0) == negative)
        #expect(format.number(1_234_567.25) == millions)
        #expect(format.number(999) == "999")
        #expect(format.number(-0.01) == "0", "a number that rounds to zero has no sign")
        // The edges of the groups, and a tenth that rounds up to a whole.
        let group = format.number(1000).dropFirst().dropLast(3)
        #expect(format.number(0) == "0" && format.number(7.96) == "8" && format.number(1000) == "1\(group)000")
        #expect(format.number(123_456) == "123\(group)456" && format.number(-100_000.04) == "\u{2212}100\(group)000")
        #expect(format.number(1_000_000.5) == "1\(group)000\(group)000" + String(format.number(0.5).dropFirst()))
    }

    @Test(arguments: [
        ("en", "40%", "\u{2212}3%"), ("mn", "40%", "\u{2212}3%"), ("de", "40\u{00A0}%", "\u{2212}3\u{00A0}%"),
        ("fr", "40\u{202F}%", "\u{2212}3\u{202F}%"), ("it", "40%", "\u{2212}3%"),
    ])
    func percentagesFollowTheLanguagesPattern(code: String, share: String, negative: String) {
        #expect(Self.format(code).percent(40) == share)
        #expect(Self.format(code).percent(-3) == negative)
    }

    @Test(arguments: [
        ("en", "18\u{A0}April\u{A0}2026", "1\u{A0}December\u{A0}2025"),
        ("mn", "2026\u{A0}оны дөрөвдүгээр сарын\u{A0}18", "2025\u{A0}оны арван хоёрдугаар сарын\u{A0}1"),
        ("de", "18.\u{A0}April\u{A0}2026", "1.\u{A0}Dezember\u{A0}2025"),
        ("fr", "18\u{A0}avril\u{A0}2026", "1\u{A0}décembre\u{A0}2025"),
        ("it", "18\u{A0}aprile\u{A0}2026", "1\u{A0}dicembre\u{A0}2025"),
    ])
    func datesAreWrittenOutWithMonthNames(code: String, april: String, december: String) {
        let format = Self.format(code)
        #expect(format.date("2026-04-18") == april)
        #expect(format.date("2025-12-01T08:30:00Z") == december)
        #expect(format.date("2026-13-01") == nil)
        #expect(format.date("18/04/2026") == nil)
        // Without leading zeros, read as before; digits cut short or not digits, not a date.
        #expect(format.date("2026-4-18") == april)
        #expect(format.date("2026-04-1x") == nil)
        #expect(format.date("2026-04-") == nil)
        #expect(format.date("2025-12-00") == nil)
    }

    @Test(arguments: [
        ("en", ["other", "one", "other", "other"]), ("de", ["other", "one", "other", "other"]), ("fr", ["one", "one", "other", "other"]),
        ("it", ["other", "one", "other", "other"]), ("mn", ["other", "one", "other", "other"]),
    ])
    func integerPluralCategoriesFollowCLDR(code: String, categories: [String]) {
        #expect([0, 1, 2, 21].map(Self.format(code).pluralCategory) == categories)
    }
}
