/// The fibre composition a printed label states in one language, written from the passport's
/// structured composition with the Annex I names of `Schemas/fibre-names.json`, and accepted
/// only when the textile labelling rules accept it as the passport's label text.
///
/// One line per component that states a composition, in the passport's order (the order
/// ``TextileLabellingRules`` checks): `100% cashmere`, or `Lining: 100% silk` when the product
/// has several components. "Other fibres" (Art. 9) print as the fibre-names file names them.
public struct LabelComposition: Sendable, Equatable {
    /// The most components whose composition a label states: more would not fit any label, and
    /// are refused before the rules read them (their cost grows with the text).
    public static let maximumComponents = 50

    /// The language code the lines are written in (`en`, `de`, `mn`...).
    public let language: String
    /// One line per component that states a composition.
    public let lines: [String]

    /// The lines as one text, components separated by `. `, as a passport's `labelText` holds them.
    public var text: String { lines.joined(separator: ". ") }

    /// Writes the composition of `passport` in `language` and runs the textile labelling rules on
    /// the passport as if its label text were that composition.
    ///
    /// - Throws: ``LabelCompositionError/noNames(language:fibres:)`` when a fibre has no name in
    ///   the language, ``LabelCompositionError/noComposition`` when no component states one,
    ///   ``LabelCompositionError/rejected(language:text:findings:)`` when a rule rejects the text.
    public init(of passport: Passport, language: String, names: FibreNames = .standard) throws(LabelCompositionError) {
        let fibres = passport.placedFibres.compactMap(\.fibre.fibre)
        let missing = fibres.filter { names.entries[$0]?.labels[language] == nil }
        guard missing.isEmpty else { throw .noNames(language: language, fibres: Array(Set(missing)).sorted()) }
        let stated = passport.product.components.filter { !$0.fibres.isEmpty }
        guard !stated.isEmpty else { throw .noComposition }
        guard stated.count <= Self.maximumComponents else { throw .tooManyComponents(stated.count) }
        let lines = stated.map { component in
            let shares = component.fibres.map { share in
                "\((share.percent ?? 0).plain)% \(share.fibre.flatMap { names.entries[$0]?.labels[language] } ?? "")"
            }
            let composition = shares.joined(separator: ", ")
            guard stated.count > 1, let part = component.name, !part.isEmpty else { return composition }
            return part.prefix(1).uppercased() + part.dropFirst() + ": " + composition
        }
        var labelled = passport
        labelled.product.labelText = lines.joined(separator: ". ")
        // The textile labelling rules read no date; the context needs one.
        let context = CheckContext(date: CalendarDate("2000-01-01")!, fibreNames: names)
        let findings = PassportRule.findings(of: TextileLabellingRules.pack.rules, on: labelled, context).map {
            "\($0.rule.id): \($0.finding.message)"
        }
        guard findings.isEmpty else { throw .rejected(language: language, text: labelled.product.labelText ?? "", findings: findings) }
        self.language = language
        self.lines = lines
    }
}
