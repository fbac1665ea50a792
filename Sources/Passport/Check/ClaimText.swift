/// Words that make an environmental claim generic (Directive (EU) 2024/825, Annex I point 4a and
/// recital 9: "environmentally friendly", "eco-friendly", "green", "nature's friend",
/// "ecological", "climate friendly", "biodegradable"...).
enum ClaimText {
    /// The kind of field a text stands in.
    enum Field {
        /// A claim or a label: every generic term counts.
        case claim, label
        /// A name or a description, where "green" and "natural" are most often a colour or the
        /// undyed shade ("natural camel"), not a claim: those two do not count there.
        case descriptive
    }

    static let genericTerms = [
        "eco-friendly", "eco friendly", "ecological", "environmentally friendly", "environment friendly", "earth-friendly",
        "sustainable", "green", "natural", "responsible", "conscious", "climate neutral", "climate-neutral", "carbon neutral",
        "biodegradable", "ethical", "planet-friendly", "nature's friend", "eco",
    ]

    /// The terms that describe a colour or shade as often as they claim anything.
    static let colourTerms: Set<String> = ["green", "natural"]

    /// The generic terms that count in a name or a description: all but the colour terms.
    static let descriptiveTerms = genericTerms.filter { !colourTerms.contains($0) }

    /// The first generic term `text` uses as a word or phrase, if any.
    static func genericTerm(in text: String, _ field: Field = .claim) -> String? {
        firstTerm(of: field == .descriptive ? descriptiveNeedles : genericNeedles, in: text, words: genericWords)
    }

    /// Words and phrases that make a claim about greenhouse gases or the climate.
    static let emissionsTerms = [
        "co2", "co2e", "co₂", "co₂e", "carbon", "low-carbon", "emission", "emissions", "greenhouse", "ghg", "climate", "footprint",
        "net zero", "net-zero",
    ]

    /// The first emissions term `text` uses as a word or phrase, if any.
    static func emissionsTerm(in text: String) -> String? {
        firstTerm(of: emissionsNeedles, in: text, words: emissionsWords)
    }

    static let genericWords = WordCharacters { $0.isLetter || $0 == "-" || $0 == "'" }
    static let emissionsWords = WordCharacters { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "₂" }

    private static let genericNeedles = TermNeedles(genericTerms)
    private static let descriptiveNeedles = TermNeedles(descriptiveTerms)
    private static let emissionsNeedles = TermNeedles(emissionsTerms)

    /// The first of the terms of `needles` that `text` uses as a word or phrase, compared in lower case.
    private static func firstTerm(of needles: TermNeedles, in text: String, words: WordCharacters) -> String? {
        words.spacedWords(text).withUnsafeBufferPointer { needles.firstTerm(in: $0) }
    }
}
