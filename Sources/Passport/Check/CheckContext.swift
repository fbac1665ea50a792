/// What a check run knows besides the document: the date it checks validity on, the fibre
/// names, and the profile's thresholds.
public struct CheckContext: Sendable {
    /// Certificates must be valid on this date.
    public var date: CalendarDate
    public var fibreNames: FibreNames
    public var thresholds: ProfileThresholds
    /// What the rules of a run work out from the passport they check, once for all of them (set
    /// by ``PassportRule/findings(of:on:_:)``).
    var facts: PassportFacts?

    public init(date: CalendarDate, fibreNames: FibreNames = .standard, thresholds: ProfileThresholds = ProfileThresholds()) {
        self.date = date
        self.fibreNames = fibreNames
        self.thresholds = thresholds
    }
}

extension CheckContext {
    /// The label `passport` prints: the run's, else worked out now (a rule run on its own).
    func printedLabel(of passport: Passport) -> PrintedLabel {
        facts?.printedLabel(of: passport, fibreNames) ?? PrintedLabel(passport, fibreNames)
    }

    /// `passport`'s listed certificates by URL: the run's, else worked out now.
    func certificatesByURL(of passport: Passport) -> TextTable<Passport.Certificate> {
        facts?.certificatesByURL(of: passport) ?? passport.certificatesByURL
    }

    /// The cashmere's fibre tests in `passport`'s journey: the run's, else worked out now.
    func cashmereTests(of passport: Passport) -> [USCashmereRules.CashmereTest] {
        facts?.cashmereTests(of: passport) ?? USCashmereRules.cashmereTests(passport)
    }
}
