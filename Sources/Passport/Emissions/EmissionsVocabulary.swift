/// The terms emissions are stated in as UNTP 0.7.0 claims, in passports and facility records:
/// the UN/CEFACT performance metrics, and the criteria of our own vocabulary the figures are
/// worked out by.
enum EmissionsVocabulary {
    /// The UNTP performance metrics vocabulary.
    static let metrics = "https://vocabulary.uncefact.org/performance-metrics/"
    /// A product's footprint per unit, in kg CO2e (`KGM`).
    static let productCarbonFootprint = metrics + "product-carbon-footprint"
    /// Emissions per unit of physical output, in kg CO2e per kg (`KGM`).
    static let emissionsIntensity = metrics + "ghg-emissions-intensity"
    /// Our vocabulary of how figures are worked out.
    static let criteria = "https://textilepassport.example.org/vocab/footprint/"
    /// A product footprint: the declarations carried through the trace.
    static let footprintCriterion = (
        id: criteria + "declared-emissions-along-the-trace",
        name: "Emissions declared by each herder group and processor, carried through the masses of the trace, cradle to gate"
    )
    /// A facility's own declaration, with its method and source.
    static let declarationCriterion = (
        id: criteria + "declared-emissions-intensity", name: "Emissions intensity declared by the facility, with its method and source"
    )
}
