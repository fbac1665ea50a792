/// A concept of the UNTP Conformity Topic Classification (UNTP 0.7.0), for the conformity topic
/// code a catalogue certificate carries (UNTP 0.6.1's codes, which the concepts' scope notes name).
///
/// All the catalogue's codes are environmental or circularity topics, under Ecological Resilience;
/// where two concepts name a circularity code, the one under Ecological Resilience is used.
public struct ConformityTopicConcept: Sendable, Hashable {
    /// The concept's IRI.
    public var id: String
    /// Its preferred label.
    public var name: String

    /// Where the classification's concepts are.
    public static let scheme = "https://vocabulary.uncefact.org/conformity-topics/"

    /// The concept for the catalogue's `code` (`environment.biodiversity`...); `nil` for a code the classification does not name.
    public init?(catalogCode code: String) {
        guard let concept = Self.concepts[code] else { return nil }
        id = Self.scheme + concept.slug
        name = concept.name
    }

    /// The concept of each catalogue code: its IRI's last segment and its label.
    private static let concepts: [String: (slug: String, name: String)] = [
        "environment.energy": ("renewable-energy-use", "Renewable Energy Use"),
        "environment.emissions": ("greenhouse-gas-emissions", "Greenhouse Gas Emissions"),
        "environment.water": ("water-conservation", "Water Conservation"),
        "environment.waste": ("waste-minimization", "Waste Minimization"),
        "environment.deforestation": ("forest-conservation", "Forest Conservation"),
        "environment.biodiversity": ("ecosystem-preservation", "Ecosystem Preservation"),
        "circularity.content": ("recycled-material-integration", "Recycled Material Integration"),
        "circularity.design": ("sustainable-product-design", "Sustainable Product Design"),
    ]
}
