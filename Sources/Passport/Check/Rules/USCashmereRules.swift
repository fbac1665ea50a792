/// The US Wool Products Labeling Act's test for cashmere (15 U.S.C. 68b(a)(6)): mean fibre
/// diameter at most 19 micrometres, at most 3% by weight over 30 micrometres, coefficient of
/// variation at most 24%, read from the fibre tests in the passport's journey.
public enum USCashmereRules {
    public static let pack = RulePack(
        "us-cashmere", "US Wool Products Labeling Act fineness of cashmere",
        rules: [
            tested, meanDiameter, coarseFibres, variation,
        ])

    /// A cashmere product has a fibre-diameter test of its cashmere.
    static let tested = PassportRule("US-CASHMERE-NO-TEST", "cashmere has a fibre-diameter test in the journey") { passport, context in
        guard passport.composedFibres.contains("cashmere"), context.cashmereTests(of: passport).isEmpty else { return [] }
        return [
            .init(
                "the product declares cashmere but the journey has no fibre-diameter test (micrometres) of a pure cashmere lot; record the IWTO-47 or ASTM test",
                at: .journey)
        ]
    }

    /// The mean diameter is at most 19 micrometres.
    static let meanDiameter = measurementRule("US-CASHMERE-DIAMETER", "mean fibre diameter of cashmere at most 19 µm") { measurement, limits in
        guard let mean = measurement.meanValue, mean > limits.cashmereMaxMeanDiameter else { return nil }
        return (
            .meanValue,
            "a mean fibre diameter of \(mean.plain) µm is coarser than the \(limits.cashmereMaxMeanDiameter.plain) µm US law allows for cashmere"
        )
    }

    /// At most 3% by weight of the fibres are coarser than 30 micrometres.
    static let coarseFibres = measurementRule("US-CASHMERE-COARSE", "at most 3% of cashmere fibres over 30 µm") { measurement, limits in
        let rank = measurement.percentileRank
        let value = measurement.percentileValue
        let neededRank = 100 - limits.cashmereMaxCoarsePercent
        if let rank, let value, rank >= neededRank, value <= limits.cashmereCoarseDiameter { return nil }
        guard let rank, let value else {
            return (
                .percentileRank,
                "the test gives no percentile, so the share over \(limits.cashmereCoarseDiameter.plain) µm is unknown; report the \(neededRank.plain)th percentile diameter"
            )
        }
        return (
            .percentileValue,
            "the \(rank.plain)th percentile diameter is \(value.plain) µm: more than \(limits.cashmereMaxCoarsePercent.plain)% of the fibres may be over \(limits.cashmereCoarseDiameter.plain) µm"
        )
    }

    /// The coefficient of variation of the diameter is at most 24%.
    static let variation = measurementRule("US-CASHMERE-CV", "coefficient of variation of cashmere diameter at most 24%") { measurement, limits in
        guard let mean = measurement.meanValue, mean > 0, let deviation = measurement.standardDeviation else { return nil }
        let cv = deviation / mean * 100
        guard cv > limits.cashmereMaxCoefficientOfVariation else { return nil }
        let rounded = (cv * 10).rounded() / 10
        return (
            .standardDeviation,
            "the coefficient of variation is \(rounded.plain)% (\(deviation.plain) / \(mean.plain)), above the \(limits.cashmereMaxCoefficientOfVariation.plain)% US law allows for cashmere"
        )
    }

    private static func measurementRule(
        _ id: String, _ summary: String,
        _ check: @escaping @Sendable (Passport.Measurement, ProfileThresholds) -> (member: PassportField.MeasurementMember, message: String)?
    ) -> PassportRule {
        PassportRule(id, summary) { passport, context in
            context.cashmereTests(of: passport).compactMap { test -> PassportRule.Finding? in
                guard let (member, message) = check(test.measurement, context.thresholds) else { return nil }
                return .init(
                    "\(test.measurement.lotID ?? "a cashmere lot"): \(message)",
                    at: .measurement(step: test.step, measurement: test.index, member))
            }
        }
    }

    /// A fibre-diameter test of a cashmere lot and its place: the step and the measurement's index there.
    typealias CashmereTest = (step: Int, index: Int, measurement: Passport.Measurement)

    /// The fibre-diameter tests (in micrometres, UN/ECE unit `4H`) of lots made of cashmere alone,
    /// with their places in the journey.
    ///
    /// A lot is pure cashmere when it is a cashmere origin lot, or every input of the step that
    /// made it is; steps are walked in journey order, oldest first.
    static func cashmereTests(_ passport: Passport) -> [CashmereTest] {
        // Members read through indices: iterating the origins and steps would copy each one.
        let journey = passport.journey
        var tested: [(step: Int, index: Int)] = []
        for step in journey.indices {
            for index in journey[step].measurements.indices where journey[step].measurements[index].unit == "4H" { tested.append((step, index)) }
        }
        guard !tested.isEmpty else { return [] }
        var cashmereLots = TextTable<Void>()
        for origin in passport.origins.indices where passport.origins[origin].fibre == "cashmere" {
            if let lot = passport.origins[origin].lotID { cashmereLots.insert((), for: lot) }
        }
        for step in journey.indices {
            let inputs = journey[step].inputs
            guard inputs.contains(where: { $0 != nil }), inputs.allSatisfy({ $0.map(cashmereLots.contains) ?? true }) else { continue }
            for output in journey[step].outputs { if let output { cashmereLots.insert((), for: output) } }
        }
        return tested.compactMap { step, index in
            let measurement = journey[step].measurements[index]
            return cashmereLots.contains(measurement.lotID ?? "") ? (step, index, measurement) : nil
        }
    }
}
