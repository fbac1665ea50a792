/// The care text a printed label gives for its languages, from the passport's care text (the
/// catalogue's own, in the catalogue's language) and the catalogue's translations of it.
///
/// A language the catalogue translates every care text into gets its translation; any other
/// language is served by the catalogue's own text, given once and marked with the catalogue's
/// language, so that a label never prints the catalogue's text as if it were another language's.
public struct LabelCare: Sendable, Equatable {
    /// The care text in one language: washing, bleaching, drying, ironing and professional
    /// cleaning, those the text gives, in that order.
    public struct Text: Sendable, Equatable {
        /// The language code the text is written in.
        public let language: String
        public let instructions: [String]
    }

    /// The texts in print order: each requested language's translation, and the catalogue's own
    /// text where a requested language has none, each language once.
    public let texts: [Text]

    /// The care text of `care` for a label in `languages`, with the catalogue's `productTexts`.
    public init(of care: Passport.Care?, languages: [String], productTexts: ProductTexts) {
        let own = Self.instructions(care?.washing, care?.bleaching, care?.drying, care?.ironing, care?.professionalCleaning)
        var texts: [Text] = []
        func add(_ language: String, _ instructions: [String]) {
            guard !instructions.isEmpty, !texts.contains(where: { $0.language == language }) else { return }
            texts.append(Text(language: language, instructions: instructions))
        }
        for language in languages {
            let translation = productTexts.translations[language]
            let translated = Self.instructions(
                translation?.washing, translation?.bleaching, translation?.drying, translation?.ironing, translation?.professionalCleaning)
            if language != productTexts.language && !own.isEmpty && translated.count == own.count {
                add(language, translated)
            } else {
                add(productTexts.language, own)
            }
        }
        self.texts = texts
    }

    /// The instructions given, in print order.
    private static func instructions(_ texts: String?...) -> [String] { texts.compactMap { $0 } }
}
