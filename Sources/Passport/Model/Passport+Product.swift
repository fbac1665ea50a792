extension Passport {
    /// The product of the passport: its identity and its textile characteristics.
    public struct Product: Sendable, Hashable {
        /// The product's Digital Link.
        public var id: String?
        public var name: String?
        /// The identifier in ``idScheme``: the 14-digit GTIN.
        public var registeredID: String?
        public var idScheme: IdentifierScheme?
        public var description: String?
        /// The commodity classifications (HS code).
        public var categories: [Classification] = []
        public var manufacturer: Party?
        public var facility: Party?
        /// The production date, `YYYY-MM-DD`.
        public var productionDate: String?
        /// ISO 3166-1 alpha-2.
        public var countryOfProduction: String?
        public var weight: Measure?
        /// Links for people, such as the consumer page.
        public var furtherInformation: [Link] = []
        /// The parts with their own fibre composition (body, lining...).
        public var components: [Component] = []
        public var durability: [TestResult] = []
        public var care: Care?
        /// The recycled share of the product's weight (0 to 100).
        public var recycledContentPercent: Double?
        /// The substances of concern; `nil` when not disclosed, empty when there is none.
        public var substancesOfConcern: [Substance]?
        public var repair: Repair?
        /// The composition as printed on the label, e.g. `100% cashmere`.
        public var labelText: String?
        /// Other statements on the label, e.g. `Contains non-textile parts of animal origin`.
        public var labelStatements: [String?] = []
        /// Whether the product contains non-textile parts of animal origin (Reg. 1007/2011 Art. 12).
        public var containsNonTextileAnimalParts: Bool?
        /// Visible decorative or antistatic fibres left out of the composition (Art. 10).
        public var excludedFibres: [ExcludedFibre] = []
    }

    /// A scheme of identifiers, such as GS1's GTINs.
    public struct IdentifierScheme: Sendable, Hashable {
        public var id: String?
        public var name: String?
    }

    /// A code of a classification scheme, such as an HS heading.
    public struct Classification: Sendable, Hashable {
        public var id: String?
        public var code: String?
        public var name: String?
        public var schemeID: String?
        public var schemeName: String?
    }

    /// A quantity with its UN/ECE Rec 20 unit code (`KGM`).
    public struct Measure: Sendable, Hashable {
        public var value: Double?
        public var unit: String?
    }

    /// A part of a product with its own fibre composition.
    public struct Component: Sendable, Hashable {
        public var name: String?
        /// `main`, `main lining`, `lining`, `trim`, `filling` or `other`.
        public var kind: String?
        /// The component's share of the product's weight (0 to 100).
        public var weightPercent: Double?
        /// Whether the component is a carded product (5% extraneous-fibre tolerance instead of 2%).
        public var carded: Bool?
        public var fibres: [FibreShare] = []
    }

    /// One fibre of a composition.
    public struct FibreShare: Sendable, Hashable {
        /// The fibre's key in `Schemas/fibre-names.json`.
        public var fibre: String?
        /// The fibre's name as printed on the label.
        public var name: String?
        public var percent: Double?
    }

    /// A durability test: the property, the standard method and the result.
    public struct TestResult: Sendable, Hashable {
        public var property: String?
        public var method: String?
        public var result: Double?
        public var unit: String?
    }

    /// How to care for the product, in words and as care symbol codes.
    public struct Care: Sendable, Hashable {
        public var washing: String?
        public var bleaching: String?
        public var drying: String?
        public var ironing: String?
        public var professionalCleaning: String?
        public var symbols: [String?] = []
    }

    /// How the product can be repaired.
    public struct Repair: Sendable, Hashable {
        public var instructions: String?
        /// A page with more, such as a repair service.
        public var url: String?
    }

    /// A substance of concern present in the product (ESPR disclosure).
    public struct Substance: Sendable, Hashable {
        public var name: String?
        public var casNumber: String?
        public var concentrationPercent: Double?
        public var location: String?
    }

    /// A fibre the composition leaves out: visible decorative (up to 7%) or antistatic (up to 2%).
    public struct ExcludedFibre: Sendable, Hashable {
        public var fibre: String?
        /// `decorative` or `antistatic`.
        public var role: String?
        public var percentOfWeight: Double?
    }
}
