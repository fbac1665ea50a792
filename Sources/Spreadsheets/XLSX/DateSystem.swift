/// The epoch of a workbook's date serial numbers (ECMA-376 Part 1 §18.17.4.1).
public enum DateSystem: Sendable, Hashable {
    /// Serial 1 is 1900-01-01, and serial 60 is the 1900-02-29 that never was (kept for Lotus 1-2-3).
    case from1900
    /// Serial 0 is 1904-01-01 (`workbookPr date1904`, older Mac workbooks).
    case from1904

    /// The day, time of day included, that `serial` stands for; `nil` when it is negative or beyond 9999-12-31.
    public func date(fromSerial serial: Double) -> CellDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        // Round to the millisecond, so that 0.5 is noon and not 11:59:59.999.
        var milliseconds = Int(((serial - Double(days)) * 86_400_000).rounded())
        if milliseconds == 86_400_000 {
            days += 1
            milliseconds = 0
        }
        let daysFrom1970: Int
        switch self {
        case .from1900:
            // 25,569 is 1970-01-01 for serials after the false leap day; before it, one day less.
            daysFrom1970 = days >= 61 ? days - 25_569 : days - 25_568
            if days == 60 { return CellDate(year: 1900, month: 2, day: 29, millisecondsOfDay: milliseconds) }
            if days == 0 { return CellDate(year: 1900, month: 1, day: 0, millisecondsOfDay: milliseconds) }
        case .from1904: daysFrom1970 = days - 24_107
        }
        let (year, month, day) = Self.civil(fromDaysSince1970: daysFrom1970)
        return CellDate(year: year, month: month, day: day, millisecondsOfDay: milliseconds)
    }

    /// The proleptic Gregorian year, month and day of a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(fromDaysSince1970 days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
