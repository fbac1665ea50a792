/// A calendar date (`YYYY-MM-DD`) without a time of day or a time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The date written as `YYYY-MM-DD`; `nil` when malformed or not a real date.
    public init?(_ text: some StringProtocol) {
        // `YYYY-MM-DD` in ASCII digits: ten bytes, read as they come.
        var fields = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in text.utf8 {
            count += 1
            switch count {
            case 5, 8: guard byte == UInt8(ascii: "-") else { return nil }
            case 1...10:
                guard (0x30...0x39).contains(byte) else { return nil }
                let digit = Int(byte - 0x30)
                if count < 5 {
                    fields.year = fields.year * 10 + digit
                } else if count < 8 {
                    fields.month = fields.month * 10 + digit
                } else {
                    fields.day = fields.day * 10 + digit
                }
            default: return nil
            }
        }
        let (year, month, day) = fields
        guard count == 10, (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date part of an ISO 8601 date-time such as `2026-08-03T08:00:00Z`.
    public init?(dateTime: String) {
        self.init(dateTime.prefix(10))
    }

    public var description: String {
        String(format4(year)) + "-" + pad2(month) + "-" + pad2(day)
    }

    /// The number of days from this date to `later` (negative when `later` is earlier).
    public func days(until later: CalendarDate) -> Int { later.dayNumber - dayNumber }

    /// The day's number in the proleptic Gregorian calendar, counted from 1 March of year 0.
    private var dayNumber: Int {
        let year = month <= 2 ? self.year - 1 : self.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days of `month` (1-12) in `year` of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private func format4(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }
}
