/// What a check run knows besides the document: the date it checks validity on, the fibre
/// names, and the profile's thresholds.
public struct CheckContext: Sendable {
    /// Certificates must be valid on this date.
    public var date: CalendarDate
    public var fibreNames: FibreNames
    public var thresholds: ProfileThresholds
    /// The label of the passport being checked, when ``PassportRule/findings(of:on:_:)`` has
    /// worked it out for the rules that read it.
    var printedLabel: PrintedLabel?

    public init(date: CalendarDate, fibreNames: FibreNames = .standard, thresholds: ProfileThresholds = ProfileThresholds()) {
        self.date = date
        self.fibreNames = fibreNames
        self.thresholds = thresholds
    }
}

extension CheckContext {
    /// The label `passport` prints: the one worked out for it before the rules ran, else worked out now.
    func printedLabel(of passport: Passport) -> PrintedLabel {
        printedLabel ?? PrintedLabel(passport, fibreNames)
    }
}
