/// What several rules work out from one passport, worked out once for a run of the rules: the
/// label it prints (four labelling rules read it), the cashmere's fibre tests (four US cashmere
/// rules) and the listed certificates by URL (four certificate rules).
///
/// Made by ``PassportRule/findings(of:on:_:)`` for one passport and read by its rules one after
/// the other on one thread, never shared: each value is worked out when a rule first asks.
final class PassportFacts: @unchecked Sendable {
    private let passport: Passport
    private let fibreNames: FibreNames

    init(_ passport: Passport, _ fibreNames: FibreNames) {
        self.passport = passport
        self.fibreNames = fibreNames
    }

    private(set) lazy var printedLabel = PrintedLabel(passport, fibreNames)
    private(set) lazy var cashmereTests = USCashmereRules.cashmereTests(passport)
    private(set) lazy var certificatesByURL = passport.certificatesByURL
}
