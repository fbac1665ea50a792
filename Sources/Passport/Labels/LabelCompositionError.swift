/// Why a label cannot state a passport's composition in a language.
public enum LabelCompositionError: Error, Sendable, Equatable {
    /// `Schemas/fibre-names.json` has no name in `language` for these fibres.
    case noNames(language: String, fibres: [String])
    /// No component of the product states a fibre composition.
    case noComposition
    /// More components state a composition than any label prints (``LabelComposition/maximumComponents``).
    case tooManyComponents(Int)
    /// The textile labelling rules reject the composition written as label text.
    case rejected(language: String, text: String, findings: [String])

    /// A message a person can act on.
    public var message: String {
        switch self {
        case .noNames(let language, let fibres):
            "no fibre names in the language '\(language)' for \(fibres.joined(separator: ", ")): Schemas/fibre-names.json has no names for them in that language; choose another language"
        case .noComposition: "the product states no fibre composition, so there is no composition to print"
        case .tooManyComponents(let count):
            "the product states the composition of \(count) components; a label prints at most \(LabelComposition.maximumComponents): state each different fibre content once, components of one content as one entry"
        case .rejected(let language, let text, let findings):
            "the composition in '\(language)' ('\(text)') would break the textile labelling rules: \(findings.joined(separator: "; "))"
        }
    }
}
