/// How one language writes numbers, percentages, dates and plurals: the CLDR conventions that
/// `Schemas/consumer-page-text.json` gives for each published language.
public struct LocaleFormat: Sendable, Hashable {
    /// The decimal separator (`.` or `,`).
    let decimalSeparator: String
    /// The thousands separator (`,`, `.` or a narrow no-break space).
    let groupingSeparator: String
    /// The percent pattern, `{number}%` or with a no-break space before the sign.
    let percentPattern: PhraseTemplate
    /// The long date pattern with `{day}`, `{month}` (a month name) and `{year}`.
    let datePattern: PhraseTemplate
    /// The twelve month names as the date pattern uses them.
    let months: [String]
    /// The integer counts in CLDR plural category `one`; every other count is `other`.
    let pluralOne: Set<Int>

    /// `value` rounded to at most one decimal, its thousands grouped; a negative number is signed
    /// with U+2212 MINUS SIGN. A whole part of more than 15 digits (more than a `Double` holds)
    /// is written as its leading digits and zeros; infinity and NaN as Swift writes them.
    public func number(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        var tenths = (value.magnitude * 10).rounded()
        var zeros = 0
        while tenths >= 1e16 {
            tenths = (tenths / 10).rounded()
            zeros += 1
        }
        let magnitude = Int(tenths)
        let minus = value < 0 && magnitude > 0 ? "\u{2212}" : ""
        let tenth = zeros == 0 ? magnitude % 10 : 0
        // The whole part: its significant digits, then the zeros a Double no longer holds.
        let significant = String(zeros > 0 ? magnitude : magnitude / 10)
        let count = significant.utf8.count + max(zeros - 1, 0)
        let capacity =
            minus.utf8.count + count + (count - 1) / 3 * groupingSeparator.utf8.count + (tenth != 0 ? decimalSeparator.utf8.count + 1 : 0)
        return String(unsafeUninitializedCapacity: capacity) { text in
            var end = 0
            func write(_ bytes: String.UTF8View) {
                for byte in bytes {
                    text[end] = byte
                    end += 1
                }
            }
            write(minus.utf8)
            // A separator before each group of three digits after the first.
            var position = 0
            for digit in significant.utf8 {
                if position > 0 && (count - position) % 3 == 0 { write(groupingSeparator.utf8) }
                text[end] = digit
                end += 1
                position += 1
            }
            while position < count {
                if (count - position) % 3 == 0 { write(groupingSeparator.utf8) }
                text[end] = UInt8(ascii: "0")
                end += 1
                position += 1
            }
            if tenth != 0 {
                write(decimalSeparator.utf8)
                text[end] = UInt8(ascii: "0") + UInt8(tenth)
                end += 1
            }
            return end
        }
    }

    /// `value` (0 to 100) as a percentage.
    public func percent(_ value: Double) -> String {
        let number = number(value)
        return percentPattern.filled { $0 == "number" ? number : nil }
    }

    /// The date `text` begins with (`YYYY-MM-DD`, alone or starting a date-time) written out, or
    /// `nil` when it does not begin with a date.
    public func date(_ text: String) -> String? {
        guard let (year, month, day) = Self.isoDate(text) ?? Self.looseDate(text), (1...12).contains(month), (1...31).contains(day) else {
            return nil
        }
        return datePattern.filled { name in
            switch name {
            case "day": String(day)
            case "month": months[month - 1]
            case "year": String(year)
            default: nil
            }
        }
    }

    /// The year, month and day of a text starting `YYYY-MM-DD` (every date a passport holds),
    /// read from its bytes; `nil` for any other text.
    private static func isoDate(_ text: String) -> (Int, Int, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
    }

    /// The year, month and day of a text whose first ten characters are a four-character year,
    /// a month and a day separated by `-` (`2026-8-3`), or `nil`.
    private static func looseDate(_ text: String) -> (Int, Int, Int)? {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        return (year, month, day)
    }

    /// The CLDR plural category of the integer `count`: `one` or `other`.
    public func pluralCategory(_ count: Int) -> String {
        pluralOne.contains(count) ? "one" : "other"
    }
}
