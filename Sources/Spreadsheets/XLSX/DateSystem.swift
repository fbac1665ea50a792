import CivilCalendar

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
        let (year, month, day) = CivilDays.date(fromDays: daysFrom1970)
        return CellDate(year: year, month: month, day: day, millisecondsOfDay: milliseconds)
    }

    /// The serial number of `date`, time of day included; `nil` when it is not a real day and time
    /// (1900-01-00 and 1900-02-29 aside, which the 1900 system has) or lies before the epoch or beyond 9999-12-31.
    public func serial(of date: CellDate) -> Double? {
        guard (0..<86_400_000).contains(date.millisecondsOfDay), (1...12).contains(date.month), date.year <= 9999 else { return nil }
        let time = Double(date.millisecondsOfDay) / 86_400_000
        let days: Int
        switch self {
        case .from1900:
            if (date.year, date.month, date.day) == (1900, 1, 0) { return time }
            if (date.year, date.month, date.day) == (1900, 2, 29) { return 60 + time }
            let fromEpoch = CivilDays.days(year: date.year, month: date.month, day: date.day)
            // 1900-03-01 is serial 61, 25,508 days before 1970-01-01; before it, serials are one day fewer.
            days = fromEpoch >= -25_508 ? fromEpoch + 25_569 : fromEpoch + 25_568
        case .from1904: days = CivilDays.days(year: date.year, month: date.month, day: date.day) + 24_107
        }
        // A day that is not in the calendar (February 30) comes back as another one.
        guard days >= (self == .from1900 ? 1 : 0), let back = self.date(fromSerial: Double(days)), back.year == date.year, back.month == date.month,
            back.day == date.day
        else { return nil }
        return Double(days) + time
    }
}
