/// The conformity topics of UNTP 0.7.0 (the UN/CEFACT conformity topics vocabulary) that the
/// UNTP 0.6.1 topic codes became: for each code, the first concept whose scope note names it.
enum ConformityTopics {
    /// The vocabulary's namespace.
    static let namespace = "https://vocabulary.uncefact.org/conformity-topics/"

    /// Each 0.6.1 code with its 0.7.0 concept's name in the namespace and its label.
    static let concepts: [(code: String, concept: String, label: String)] = [
        ("environment.energy", "renewable-energy-use", "Renewable Energy Use"),
        ("environment.emissions", "greenhouse-gas-emissions", "Greenhouse Gas Emissions"),
        ("environment.water", "water-conservation", "Water Conservation"),
        ("environment.waste", "waste-minimization", "Waste Minimization"),
        ("environment.deforestation", "forest-conservation", "Forest Conservation"),
        ("environment.biodiversity", "ecosystem-preservation", "Ecosystem Preservation"),
        ("circularity.content", "recycled-material-integration", "Recycled Material Integration"),
        ("circularity.design", "sustainable-product-design", "Sustainable Product Design"),
        ("social.labour", "decent-work-conditions", "Decent Work Conditions"),
        ("social.rights", "rights-and-equality", "Rights and Equality"),
        ("social.community", "community-empowerment", "Community Empowerment"),
        ("social.safety", "workplace-safety", "Workplace Safety"),
        ("governance.ethics", "anti-corruption-measures", "Anti-Corruption Measures"),
        ("governance.compliance", "legal-compliance", "Legal Compliance"),
        ("governance.transparency", "open-reporting", "Open Reporting"),
    ]

    /// The 0.7.0 topic of the 0.6.1 `code`: its IRI and label.
    static func topic(code: String) -> Passport.Reference? {
        concepts.first { $0.code == code }.map { Passport.Reference(id: namespace + $0.concept, name: $0.label) }
    }

    /// Each concept's IRI with its 0.6.1 code, in the order of `concepts`.
    private static let codesByIRI: [(iri: String, code: String)] = concepts.map { (namespace + $0.concept, $0.code) }

    /// The 0.6.1 code of the 0.7.0 topic `id`.
    static func code(topic id: String) -> String? {
        codesByIRI.first { $0.iri == id }?.code
    }
}
