/// Why a label cannot state a passport's composition in a language.
public enum LabelCompositionError: Error, Sendable, Equatable {
    /// `Schemas/fibre-names.json` has no name in `language` for these fibres.
    case noNames(language: String, fibres: [String])
    /// No component of the product states a fibre composition.
    case noComposition
    /// The textile labelling rules reject the composition written as label text.
    case rejected(language: String, text: String, findings: [String])

    /// A message a person can act on.
    public var message: String {
        switch self {
        case .noNames(let language, let fibres):
            "no fibre names in the language '\(language)' for \(fibres.joined(separator: ", ")): Schemas/fibre-names.json has no names for them in that language; choose another language"
        case .noComposition: "the product states no fibre composition, so there is no composition to print"
        case .rejected(let language, let text, let findings):
            "the composition in '\(language)' ('\(text)') would break the textile labelling rules: \(findings.joined(separator: "; "))"
        }
    }
}
