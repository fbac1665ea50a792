extension Passport {
    /// The greenhouse-gas footprint of one item of the lot, cradle to gate, from the emissions its
    /// herder groups and processors declare, carried through the masses of its trace.
    ///
    /// It counts only what was declared: a stage without a declaration is not estimated, it is
    /// named in ``undeclaredSteps`` (processing) or lowers ``primarySourcedRatio`` (herding).
    public struct Footprint: Sendable, Hashable {
        /// kg CO2e per declared unit.
        public var carbonFootprint: Double?
        /// What the footprint is per, as a UN/ECE Recommendation 20 code: `H87`, one piece.
        public var declaredUnit: String?
        /// `CradleToGate`: from the herds to the finished product leaving its maker (UNTP's scopes).
        public var operationalScope: String?
        /// The share of the fibre's raw mass whose herding emissions its herder group declared (0 to 1).
        public var primarySourcedRatio: Double?
        /// kg CO2e per kg of product, when the catalogue gives the item's weight.
        public var perKilogram: Double?
        /// kg CO2e per item from intensities declared as such.
        public var declaredEmissions: Double?
        /// kg CO2e per item computed from declared energy use and its emission factor.
        public var computedEmissions: Double?
        /// Each stage's share, herding first, then processing oldest first.
        public var stages: [FootprintStage] = []
        /// The processing steps of the trace with no declaration for their facility and year: left out.
        public var undeclaredSteps: [UndeclaredStep] = []

        /// The UN/ECE Recommendation 20 code of one piece, the unit dpp states footprints per, as
        /// the trace counts garments.
        public static let perPiece = "H87"

        /// Whether the footprint is per kg of product (`KGM`, as another tool may declare it): an
        /// emissions intensity rather than a footprint per item.
        public var isPerKilogram: Bool { declaredUnit == "KGM" }

        /// The share of the raw fibre whose herding emissions its herder group declared: what
        /// ``primarySourcedRatio`` means in the passports dpp writes, which name their stages; `nil`
        /// for another tool's footprint, whose ratio may be another share.
        public var herderDataShare: Double? { stages.isEmpty ? nil : primarySourcedRatio }
    }

    /// One stage's share of a footprint, with the declaration it rests on.
    public struct FootprintStage: Sendable, Hashable {
        /// The facility's Digital Link and its name.
        public var facility: String?
        public var facilityName: String?
        /// The URL of the facility's Digital Facility Record, which states its declarations as claims.
        public var facilityRecord: String?
        /// `herding`, or the process (`dehairing`, `spinning`...).
        public var stage: String?
        /// The year the declaration covers.
        public var year: Double?
        /// kg of the declaration's basis per item: raw or dehaired fibre for herding, the step's output otherwise.
        public var basisKilograms: Double?
        /// kg CO2e per kg of that basis.
        public var intensity: Double?
        /// kg CO2e per item from this stage.
        public var emissions: Double?
        /// Whether the intensity was declared as such (else computed from energy and emission factor).
        public var intensityDeclared: Bool?
        /// How the figure was worked out, as declared.
        public var method: String?
    }

    /// A processing step a footprint leaves out because nothing is declared for it.
    public struct UndeclaredStep: Sendable, Hashable {
        /// The facility's Digital Link and its name.
        public var facility: String?
        public var facilityName: String?
        /// The process (`spinning`...).
        public var stage: String?
        /// The year of the step.
        public var year: Double?
    }

    /// The facility records the footprint's stages rest on, each once, as links: the evidence of its claim.
    public var footprintEvidence: [Link] {
        var links: [Link] = []
        for stage in footprint?.stages ?? [] {
            guard let url = stage.facilityRecord, !links.contains(where: { $0.url == url }) else { continue }
            links.append(
                Link(
                    url: url, name: "Digital Facility Record: \(stage.facilityName ?? stage.facility ?? url)",
                    type: CredentialLinks.facilityRecordLinkType, mediaType: "application/ld+json"))
        }
        return links
    }
}
