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
}
