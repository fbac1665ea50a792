import TestSupport
import Testing

@testable import Passport

/// `YYYY-MM-DD` is read over its bytes: on generated texts it accepts exactly what the split by
/// characters it replaces accepted, with the same date.
struct CalendarDateParsingTests {
    /// The reading the byte scan replaces.
    static func bySplitting(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        return (year, month, day)
    }

    @Test func datesAreReadAsTheSplitReadsThem() {
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2028-02-29").map { [$0.year, $0.month, $0.day] } == [2028, 2, 29])
        #expect(CalendarDate("2026-8-03") == nil && CalendarDate("2026-08-03T00") == nil && CalendarDate("２０２６-08-03") == nil)
        #expect(CalendarDate(dateTime: "2026-08-03T08:00:00Z").map { [$0.year, $0.month, $0.day] } == [2026, 8, 3])
        var random = SeededGenerator(seed: 1007)
        // Mostly date-shaped: digits, a '-' at the fifth and eighth places; now and then another
        // character anywhere, a length one off, or a non-ASCII digit or combining mark.
        let digits = (0...9).map(String.init)
        let others = ["-", "x", "٣", "\u{301}", " ", "/"]
        for _ in 0..<20_000 {
            let length = [9, 10, 10, 10, 10, 11].randomElement(using: &random)!
            let text = (0..<length).map { place -> String in
                if Int.random(in: 0..<12, using: &random) == 0 { return others.randomElement(using: &random)! }
                if place == 4 || place == 7 { return "-" }
                // Months and days stay small enough to be valid often.
                if place == 5 || place == 8 { return ["0", "1", "2", "3"].randomElement(using: &random)! }
                return digits.randomElement(using: &random)!
            }.joined()
            let parsed = CalendarDate(text).map { [$0.year, $0.month, $0.day] }
            #expect(parsed == Self.bySplitting(text).map { [$0.0, $0.1, $0.2] }, "\(text)")
        }
    }
}
