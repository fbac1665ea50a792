/// The fibre names a passport's label prints, wherever the passport keeps them: each entry of
/// the label text, each entry of a label statement that states percentages (`Lining: 100%
/// silk`), with the fibre it names and whether Annex I admits it in that form; and the fibres
/// the other statements mention in words (`Soft as silk`).
struct PrintedLabel {
    /// A fibre name as printed in a composition.
    struct Name {
        /// The entry as printed: the name, its percentage, its part.
        let entry: LabelText.Entry
        var printed: String { entry.name }
        /// The fibre it names: the one whose admitted forms include it, else the one whose name
        /// it contains as words, else the composition's fibre of the same percentage.
        let fibre: String?
        let admitted: Bool
        /// Whether it is one of the virgin wool names, which Art. 8 governs.
        let isVirginWool: Bool
        let field: PassportField
    }

    /// A fibre a statement names in words, not as a composition.
    struct Mention {
        let statement: String
        let fibre: String
    }

    let names: [Name]
    let mentions: [Mention]

    init(_ passport: borrowing Passport, _ fibreNames: FibreNames) {
        let composed = passport.placedFibres.map(\.fibre)
        func name(_ entry: LabelText.Entry, at field: PassportField) -> Name {
            if let fibre = fibreNames.fibre(admitting: entry.name) {
                return Name(entry: entry, fibre: fibre, admitted: true, isVirginWool: fibreNames.claimsVirginWool(entry.name), field: field)
            }
            let samePercent = Set(composed.filter { entry.percent != nil && $0.percent == entry.percent }.compactMap(\.fibre))
            let fibre = fibreNames.fibresMentioned(in: entry.name).first ?? (samePercent.count == 1 ? samePercent.first : nil)
            return Name(entry: entry, fibre: fibre, admitted: false, isVirginWool: false, field: field)
        }
        var names = LabelText.entries(in: passport.product.labelText ?? "").map { name($0, at: .product(.labelText)) }
        var mentions: [Mention] = []
        for statement in passport.product.labelStatements.compactMap({ $0 }) {
            for segment in LabelText.segments(of: statement) {
                if LabelText.statesPercentages(String(segment)) {
                    names += LabelText.entry(segment).map { [name($0, at: .product(.labelStatements))] } ?? []
                } else {
                    mentions += fibreNames.fibresMentioned(in: String(segment)).map { Mention(statement: statement, fibre: $0) }
                }
            }
        }
        self.names = names
        self.mentions = mentions
    }
}
