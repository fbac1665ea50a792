import Foundation
import Passport

/// The `--at` date of a check: given as YYYY-MM-DD, or today in UTC.
enum CheckDate {
    static func parse(_ option: String?) throws(UsageError) -> CalendarDate {
        guard let option else { return today }
        guard let date = CalendarDate(option) else { throw UsageError("--at must be a date YYYY-MM-DD, not '\(option)'") }
        return date
    }

    static var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let text = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        return CalendarDate(text)!
    }
}
