import JSONCore

/// The numbers a profile may tune: tolerances, limits and the traced share it demands.
///
/// The defaults are the figures of the regulations the packs implement; a profile file's
/// `thresholds` object overrides any of them by its member name.
public struct ProfileThresholds: Sendable, Hashable {
    /// The least share of fibre mass traced to origin lots (0 to 1).
    public var minimumTracedMassFraction = 0.95
    /// Extraneous fibres tolerated in a "100%", "pure" or "all" product (Reg. 1007/2011 Art. 7).
    public var extraneousFibreTolerancePercent = 2.0
    /// The same for carded products.
    public var cardedExtraneousFibreTolerancePercent = 5.0
    /// Visible, isolable decorative fibres that need not be declared (Art. 10, % of the weight).
    public var decorativeFibreMaxPercent = 7.0
    /// Antistatic fibres that need not be declared (% of weight).
    public var antistaticFibreMaxPercent = 2.0
    /// Fibres that may be grouped as "other fibres", together (Art. 9, % of the component).
    public var otherFibresMaxPercent = 15.0
    /// Components below this share of the weight need no composition, except main linings.
    public var componentExemptBelowPercent = 30.0
    /// The least share of wool, entirely virgin, in a blend labelled "virgin wool".
    public var virginWoolBlendMinimumPercent = 25.0
    /// Fibrous impurities tolerated in a product labelled all virgin wool (Art. 8(3), %).
    public var virginWoolImpurityMaxPercent = 0.3
    /// US Wool Products Labeling Act, cashmere: mean fibre diameter at most (micrometres).
    public var cashmereMaxMeanDiameter = 19.0
    /// ... at most this percentage by weight of fibres coarser than `cashmereCoarseDiameter`.
    public var cashmereMaxCoarsePercent = 3.0
    public var cashmereCoarseDiameter = 30.0
    /// ... coefficient of variation of the diameter at most (percent).
    public var cashmereMaxCoefficientOfVariation = 24.0
    /// The least share of the wool and animal hair from herder groups with a valid Responsible
    /// Nomads certificate covering it, in a passport that claims Responsible Nomads (0 to 1).
    public var responsibleNomadsMinimumFraction = 1.0
    /// The oldest rangeland monitoring report, in days before the check date, that counts for a
    /// Responsible Nomads group (the national assessment runs every three years).
    public var rangelandMonitoringMaxAgeDays = 1095.0
    /// HS/CN commodity code prefixes a textile product's code must start with: the textile
    /// chapters 50-63, and heading 6505 (knitted hats, textile products under Reg. 1007/2011).
    public var commodityCodePrefixes: [String] = (50...63).map(String.init) + ["6505"]
    /// Whether the goods are bound for the EU market (an EU importer with an EORI is then required).
    public var euBound = true

    public init() {}

    /// A number a profile file may set: where it goes and the values that make sense for it.
    struct NumberKey: Sendable {
        let path: WritableKeyPath<ProfileThresholds, Double> & Sendable
        let range: ClosedRange<Double>
        /// What the number is, for the refusal of one out of range.
        let meaning: String

        static func fraction(_ path: WritableKeyPath<ProfileThresholds, Double> & Sendable) -> NumberKey {
            NumberKey(path: path, range: 0...1, meaning: "a fraction from 0 to 1")
        }

        static func percent(_ path: WritableKeyPath<ProfileThresholds, Double> & Sendable) -> NumberKey {
            NumberKey(path: path, range: 0...100, meaning: "a percentage from 0 to 100")
        }
    }

    /// The names a profile file may use, each with how to set it.
    static let numberKeys: [String: NumberKey] = [
        "minimumTracedMassFraction": .fraction(\.minimumTracedMassFraction),
        "extraneousFibreTolerancePercent": .percent(\.extraneousFibreTolerancePercent),
        "cardedExtraneousFibreTolerancePercent": .percent(\.cardedExtraneousFibreTolerancePercent),
        "decorativeFibreMaxPercent": .percent(\.decorativeFibreMaxPercent),
        "antistaticFibreMaxPercent": .percent(\.antistaticFibreMaxPercent),
        "otherFibresMaxPercent": .percent(\.otherFibresMaxPercent),
        "componentExemptBelowPercent": .percent(\.componentExemptBelowPercent),
        "virginWoolBlendMinimumPercent": .percent(\.virginWoolBlendMinimumPercent),
        "virginWoolImpurityMaxPercent": .percent(\.virginWoolImpurityMaxPercent),
        "cashmereMaxMeanDiameter": NumberKey(path: \.cashmereMaxMeanDiameter, range: 0...1000, meaning: "micrometres from 0 to 1000"),
        "cashmereMaxCoarsePercent": .percent(\.cashmereMaxCoarsePercent),
        "cashmereCoarseDiameter": NumberKey(path: \.cashmereCoarseDiameter, range: 0...1000, meaning: "micrometres from 0 to 1000"),
        "cashmereMaxCoefficientOfVariation": .percent(\.cashmereMaxCoefficientOfVariation),
        "responsibleNomadsMinimumFraction": .fraction(\.responsibleNomadsMinimumFraction),
        "rangelandMonitoringMaxAgeDays": NumberKey(path: \.rangelandMonitoringMaxAgeDays, range: 0...36_500, meaning: "days from 0 to 36,500"),
    ]

    /// The defaults overridden by the members of `object`; throws on an unknown name, a wrong
    /// type or a number out of its range.
    init(overriding object: JSONObject, at pointer: JSONPointer) throws(ProfileError) {
        for (key, value) in object {
            let memberPointer = pointer.appending(key)
            if let numberKey = Self.numberKeys[key] {
                guard let number = value.numberValue else { throw ProfileError("'\(key)' must be a number", at: memberPointer) }
                // 1e999 reads as an infinite Double: it was taken as no limit at all.
                guard numberKey.range.contains(number.doubleValue) else {
                    throw ProfileError("'\(key)' must be \(numberKey.meaning), not \(number)", at: memberPointer)
                }
                self[keyPath: numberKey.path] = number.doubleValue
            } else if key == "commodityCodePrefixes" {
                guard let prefixes = value.arrayValue?.compactMap(\.stringValue), prefixes.count == value.arrayValue?.count, !prefixes.isEmpty
                else { throw ProfileError("'commodityCodePrefixes' must be a non-empty array of strings", at: memberPointer) }
                commodityCodePrefixes = prefixes
            } else if key == "euBound" {
                guard let flag = value.boolValue else { throw ProfileError("'euBound' must be true or false", at: memberPointer) }
                euBound = flag
            } else {
                let known = (Array(Self.numberKeys.keys) + ["commodityCodePrefixes", "euBound"]).sorted().joined(separator: ", ")
                throw ProfileError("unknown threshold '\(key)'; known: \(known)", at: memberPointer)
            }
        }
    }
}
