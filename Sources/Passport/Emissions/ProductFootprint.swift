/// The greenhouse-gas footprint of one item of a product lot, from the catalogue's emissions
/// declarations carried through the trace: what was declared, what was computed, and how much
/// of the fibre's mass the figures rest on.
public struct ProductFootprint: Sendable, Hashable {
    /// One stage's share of the footprint.
    public struct Contribution: Sendable, Hashable {
        /// The facility's Digital Link.
        public var facility: String
        /// `herding` or the process (`dehairing`, `spinning`...).
        public var stage: String
        /// The year of the declaration used.
        public var year: Int
        /// kg of the declaration's basis per item: raw or dehaired fibre for herding, the stage's output for processing.
        public var kilograms: Double
        /// kg CO2e per kg of that basis.
        public var intensity: Double
        /// Whether the intensity was declared as such (else computed from energy and emission factor).
        public var isDeclared: Bool
        /// The declaration's method.
        public var method: String

        /// kg CO2e per item from this stage.
        public var emissions: Double { kilograms * intensity }
    }

    /// A processing step of the trace with no declaration for its facility, process and year: left out.
    public struct UndeclaredStep: Sendable, Hashable {
        /// The facility's Digital Link, when the event names one.
        public var facility: String?
        /// The process (`spinning`...), when the event names one.
        public var stage: String?
        /// The local calendar year of the step.
        public var year: Int?
    }

    /// The stages with a declaration, herding first, then processing oldest first.
    public var contributions: [Contribution]
    /// kg of raw fibre per item, from every origin lot.
    public var rawFibreKilograms: Double
    /// kg of raw fibre per item whose herding emissions are declared.
    public var declaredRawFibreKilograms: Double
    /// The item's mass in kg (the catalogue's weight), when known.
    public var itemKilograms: Double?
    /// The processing steps left out for want of a declaration, in the order the walk met them.
    public var undeclaredSteps: [UndeclaredStep] = []

    /// kg CO2e per item.
    public var perItem: Double { contributions.map(\.emissions).reduce(0, +) }

    /// kg CO2e per kg of product, when the item's mass is known.
    public var perKilogram: Double? { itemKilograms.flatMap { $0 > 0 ? perItem / $0 : nil } }

    /// kg CO2e per item from declared intensities.
    public var declared: Double { contributions.filter(\.isDeclared).map(\.emissions).reduce(0, +) }

    /// kg CO2e per item computed from energy and emission factors.
    public var computed: Double { contributions.filter { !$0.isDeclared }.map(\.emissions).reduce(0, +) }

    /// The share of the raw fibre mass whose herding emissions are declared (primary data), 0...1.
    public var primaryDataShare: Double { rawFibreKilograms > 0 ? declaredRawFibreKilograms / rawFibreKilograms : 0 }
}
