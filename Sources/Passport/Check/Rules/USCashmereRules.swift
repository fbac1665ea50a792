import JSONCore

/// The US Wool Products Labeling Act's test for cashmere (15 U.S.C. 68b(a)(6)): mean fibre
/// diameter at most 19 micrometres, at most 3% by weight over 30 micrometres, coefficient of
/// variation at most 24%, read from the fibre tests in the passport's journey.
public enum USCashmereRules {
    public static let pack = RulePack("us-cashmere", "US Wool Products Labeling Act fineness of cashmere", rules: [
        tested, meanDiameter, coarseFibres, variation,
    ])

    /// A cashmere product has a fibre-diameter test of its cashmere.
    static let tested = PassportRule("US-CASHMERE-NO-TEST", "cashmere has a fibre-diameter test in the journey") { subject, _ in
        guard subject.composedFibres.contains("cashmere"), cashmereTests(subject).isEmpty else { return [] }
        return [.init(message: "the product declares cashmere but the journey has no fibre-diameter test (micrometres) of a pure cashmere lot; record the IWTO-47 or ASTM test",
                      pointer: PassportSubject.subject.appending("journey"))]
    }

    /// The mean diameter is at most 19 micrometres.
    static let meanDiameter = measurementRule("US-CASHMERE-DIAMETER", "mean fibre diameter of cashmere at most 19 µm") { measurement, limits in
        guard let mean = measurement["meanValue"]?.double, mean > limits.cashmereMaxMeanDiameter else { return nil }
        return ("meanValue", "a mean fibre diameter of \(mean.plain) µm is coarser than the \(limits.cashmereMaxMeanDiameter.plain) µm US law allows for cashmere")
    }

    /// At most 3% by weight of the fibres are coarser than 30 micrometres.
    static let coarseFibres = measurementRule("US-CASHMERE-COARSE", "at most 3% of cashmere fibres over 30 µm") { measurement, limits in
        let rank = measurement["percentileRank"]?.double
        let value = measurement["percentileValue"]?.double
        let neededRank = 100 - limits.cashmereMaxCoarsePercent
        if let rank, let value, rank >= neededRank, value <= limits.cashmereCoarseDiameter { return nil }
        guard let rank, let value else {
            return ("percentileRank", "the test gives no percentile, so the share over \(limits.cashmereCoarseDiameter.plain) µm is unknown; report the \(neededRank.plain)th percentile diameter")
        }
        return ("percentileValue", "the \(rank.plain)th percentile diameter is \(value.plain) µm: more than \(limits.cashmereMaxCoarsePercent.plain)% of the fibres may be over \(limits.cashmereCoarseDiameter.plain) µm")
    }

    /// The coefficient of variation of the diameter is at most 24%.
    static let variation = measurementRule("US-CASHMERE-CV", "coefficient of variation of cashmere diameter at most 24%") { measurement, limits in
        guard let mean = measurement["meanValue"]?.double, mean > 0, let deviation = measurement["standardDeviation"]?.double else { return nil }
        let cv = deviation / mean * 100
        guard cv > limits.cashmereMaxCoefficientOfVariation else { return nil }
        let rounded = (cv * 10).rounded() / 10
        return ("standardDeviation", "the coefficient of variation is \(rounded.plain)% (\(deviation.plain) / \(mean.plain)), above the \(limits.cashmereMaxCoefficientOfVariation.plain)% US law allows for cashmere")
    }

    private static func measurementRule(_ id: String, _ summary: String,
                                        _ check: @escaping @Sendable (JSONValue, ProfileThresholds) -> (member: String, message: String)?) -> PassportRule {
        PassportRule(id, summary) { subject, context in
            cashmereTests(subject).compactMap { pointer, measurement -> PassportRule.Finding? in
                guard let (member, message) = check(measurement, context.thresholds) else { return nil }
                let lot = measurement["measuredLot"]?.stringValue ?? "a cashmere lot"
                return .init(message: "\(lot): \(message)", pointer: pointer.appending(member))
            }
        }
    }

    /// The fibre-diameter tests (in micrometres, UN/ECE unit `4H`) of lots made of cashmere alone.
    ///
    /// A lot is pure cashmere when it is a cashmere origin lot, or every input of the step that
    /// made it is; steps are walked in journey order, oldest first.
    static func cashmereTests(_ subject: PassportSubject) -> [(JSONPointer, JSONValue)] {
        var cashmereLots = Set(subject.origins.filter { PassportSubject.fibreKey(ofOrigin: $0.1) == "cashmere" }.compactMap { $0.1["originLot"]?.stringValue })
        let steps = subject.elements(at: PassportSubject.subject.appending("journey"))
        for (_, step) in steps {
            let inputs = step["inputLots"]?.arrayValue?.compactMap(\.stringValue) ?? []
            guard !inputs.isEmpty, inputs.allSatisfy(cashmereLots.contains) else { continue }
            cashmereLots.formUnion(step["outputLots"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        return steps.flatMap { pointer, _ in
            subject.elements(at: pointer.appending("measurements")).filter { _, measurement in
                measurement["unitCode"]?.stringValue == "4H" && cashmereLots.contains(measurement["measuredLot"]?.stringValue ?? "")
            }
        }
    }
}
