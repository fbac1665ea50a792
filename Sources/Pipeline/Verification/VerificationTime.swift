import Foundation
import Passport
import Traceability

/// When credentials are verified: an instant, or a whole day in UTC (`--at 2026-09-01`).
///
/// A credential is valid on a day when it is valid at some moment of it: it is not yet valid
/// only when it starts after the day ends, and expired only when it ends before the day starts.
public struct VerificationTime: Sendable, Hashable, CustomStringConvertible {
    /// The first moment checked.
    public let earliest: EPCISTime
    /// The last moment checked.
    public let latest: EPCISTime
    /// The day the passport checks (certificates, claims) are run for.
    public let date: CalendarDate
    /// The time as the user gave it: the day, or the instant in UTC.
    public let description: String

    /// The instant `instant`.
    public init(instant: EPCISTime) {
        earliest = instant
        latest = instant
        description = instant.description
        date = CalendarDate(dateTime: description) ?? CalendarDate("1970-01-01")!
    }

    /// The whole of `day`, from 00:00:00Z to the last nanosecond before the next day.
    public init(day: CalendarDate) {
        let start = EPCISTime(day.description + "T00:00:00Z") ?? EPCISTime(secondsSinceEpoch: 0)
        earliest = start
        latest = EPCISTime(secondsSinceEpoch: start.secondsSinceEpoch + 86_399, nanoseconds: 999_999_999)
        date = day
        description = day.description
    }

    /// The time `text` names: a date `YYYY-MM-DD` (the whole day) or a date-time with a time zone
    /// (`2026-09-01T12:00:00Z`); `nil` for anything else.
    public init?(_ text: String) {
        if let day = CalendarDate(text) {
            self.init(day: day)
        } else if let instant = EPCISTime(text) {
            self.init(instant: instant)
        } else {
            return nil
        }
    }

    /// The current instant, to the second.
    public static var now: VerificationTime {
        VerificationTime(instant: EPCISTime(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)))
    }
}
