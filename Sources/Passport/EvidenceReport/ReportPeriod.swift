/// The days an evidence report covers, both ends included.
public struct ReportPeriod: Sendable, Hashable {
    public var from: CalendarDate
    public var to: CalendarDate

    public init(from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
    }

    /// The calendar year `year`, 1 January to 31 December.
    public init(year: Int) {
        let four = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        self.init(from: CalendarDate("\(four)-01-01")!, to: CalendarDate("\(four)-12-31")!)
    }

    /// Whether `date` falls within the period.
    public func contains(_ date: CalendarDate) -> Bool { from <= date && date <= to }
}
