/// What several rules work out from one passport, worked out once for a run of the rules: the
/// label it prints (four labelling rules read it), the cashmere's fibre tests (four US cashmere
/// rules) and the listed certificates by URL (four certificate rules).
///
/// Made by ``PassportRule/findings(of:on:_:)`` for one passport and read by its rules one after
/// the other on one thread, never shared: each value is worked out from the passport the asking
/// rule checks (always that one) when a rule first asks. It keeps no copy of the passport: a
/// copy would retain and release each of its texts and lists.
final class PassportFacts: @unchecked Sendable {
    private var printedLabel: PrintedLabel?
    private var cashmereTests: [USCashmereRules.CashmereTest]?
    private var certificatesByURL: TextTable<Passport.Certificate>?

    /// The label `passport` prints.
    func printedLabel(of passport: Passport, _ fibreNames: FibreNames) -> PrintedLabel {
        Self.remembered(&printedLabel) { PrintedLabel(passport, fibreNames) }
    }

    /// The cashmere's fibre tests in `passport`'s journey.
    func cashmereTests(of passport: Passport) -> [USCashmereRules.CashmereTest] {
        Self.remembered(&cashmereTests) { USCashmereRules.cashmereTests(passport) }
    }

    /// `passport`'s listed certificates by URL.
    func certificatesByURL(of passport: Passport) -> TextTable<Passport.Certificate> {
        Self.remembered(&certificatesByURL) { passport.certificatesByURL }
    }

    /// The value in `place`, else the one `make` gives, kept there.
    private static func remembered<Value>(_ place: inout Value?, _ make: () -> Value) -> Value {
        if let value = place { return value }
        let made = make()
        place = made
        return made
    }
}
