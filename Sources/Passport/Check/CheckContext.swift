/// What a check run knows besides the document: the date it checks validity on, the fibre
/// names, and the profile's thresholds.
public struct CheckContext: Sendable {
    /// Certificates must be valid on this date.
    public var date: CalendarDate
    public var fibreNames: FibreNames
    public var thresholds: ProfileThresholds

    public init(date: CalendarDate, fibreNames: FibreNames = .standard, thresholds: ProfileThresholds = ProfileThresholds()) {
        self.date = date
        self.fibreNames = fibreNames
        self.thresholds = thresholds
    }
}
