/// The greenhouse gases of one stage at one facility over one year, as the catalogue declares them.
///
/// A herder group declares an intensity per kg of raw or of dehaired fibre; a processing facility
/// declares either an intensity or the energy it uses per kg of output with the emission factor of
/// that energy, from which the intensity is computed.
public struct EmissionsDeclaration: Sendable, Hashable {
    /// What one kg of a declared intensity is.
    public enum Basis: String, Sendable, Hashable, CaseIterable {
        /// Raw (greasy) fibre as harvested.
        case rawFibre = "raw fibre"
        /// Fibre after dehairing (or scouring and combing).
        case dehairedFibre = "dehaired fibre"
    }

    /// How the figure is given.
    public enum Figure: Sendable, Hashable {
        /// kg CO2e per kg of the fibre `basis` names, as declared.
        case intensity(Double, basis: Basis)
        /// kWh per kg of the stage's output and kg CO2e per kWh: the intensity is their product.
        case energy(kilowattHoursPerKilogram: Double, emissionFactor: Double)
    }

    /// The facility's Digital Link (AI 414).
    public var facility: String
    /// `herding`, or the facility's process (`dehairing`, `spinning`...).
    public var stage: String
    public var figure: Figure
    /// How the figure was worked out (IPCC Tier 1 or 2, GHG Protocol, ISO 14067...).
    public var method: String
    /// Who declared or measured it, or the report it comes from.
    public var source: String
    /// When it was declared.
    public var date: CalendarDate
    /// The calendar year it covers.
    public var year: Int

    public init(facility: String, stage: String, figure: Figure, method: String, source: String, date: CalendarDate, year: Int) {
        self.facility = facility
        self.stage = stage
        self.figure = figure
        self.method = method
        self.source = source
        self.date = date
        self.year = year
    }

    /// kg CO2e per kg: the declared intensity, or energy times emission factor.
    public var intensity: Double {
        switch figure {
        case .intensity(let value, _): value
        case .energy(let energy, let factor): energy * factor
        }
    }

    /// Whether the intensity was declared as such rather than computed from energy and factor.
    public var isDeclaredIntensity: Bool {
        if case .intensity = figure { return true }
        return false
    }
}
