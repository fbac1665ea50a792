extension TextileLabellingRules {
    /// The label text states each component's composition as the structured composition does:
    /// the same fibres with the same percentages, in the same order (the order only when the
    /// structured composition is itself in descending order, else that is
    /// TXT-COMPOSITION-ORDER's finding; a component whose percentages are not positive and do
    /// not add up to 100 is the composition's own fault, left to TXT-COMPOSITION-SUM and the
    /// schema). A label text in several languages may repeat the
    /// composition once per language. Names Annex I does not admit, fibres the passport does
    /// not list and "100%/pure" claims are other rules' findings, so a label text with any of
    /// them is left to those rules.
    static let labelComposition = PassportRule(
        "TXT-LABEL-COMPOSITION", "the label text gives each component's fibres, percentages and order as the structured composition does"
    ) { passport, context in
        let names = context.fibreNames
        guard let text = passport.product.labelText, !LabelText.claimsPurity(text) || passport.product.components.count > 1 else { return [] }
        let printed = context.printedLabel(of: passport).names.filter { $0.field == .product(.labelText) }
        let listed = Set(passport.composedFibres)
        guard !printed.isEmpty, printed.allSatisfy({ $0.admitted && !$0.isVirginWool && $0.fibre.map(listed.contains) == true }),
            printed.allSatisfy({ $0.entry.percent != nil })
        else { return [] }
        let stated = passport.product.components.filter { !$0.fibres.isEmpty }
        // The printed entries by the part they name, once, so each component finds its own at once.
        var entriesOfPart: [String: [PrintedLabel.Name]] = [:]
        for name in printed {
            if let part = name.entry.part { entriesOfPart[partKey(part), default: []].append(name) }
        }
        let languages = names.languages.count
        var findings: [PassportRule.Finding] = []
        for component in stated {
            let entries =
                stated.count == 1
                ? printed.filter { $0.entry.part == nil || partKey($0.entry.part!) == partKey(component.name ?? "") }
                : entriesOfPart[partKey(component.name ?? ""), default: []]
            let shares = component.fibres.map { $0.percent ?? 0 }
            guard !entries.isEmpty, shares.allSatisfy({ $0 > 0 }), abs(shares.reduce(0, +) - 100) < 0.0001 else { continue }
            let expected = component.fibres.map { Share(fibre: $0.fibre ?? "", percent: $0.percent ?? 0) }
            // More repeats than languages cannot be one composition per language (and comparing
            // them all, for components whose names differ only in numbers, would be quadratic).
            let plausible = entries.count <= expected.count * languages
            if plausible {
                let given = entries.map { Share(fibre: $0.fibre ?? "", percent: $0.entry.percent ?? 0) }
                let percents = component.fibres.filter { $0.fibre != otherFibresKey }.compactMap(\.percent)
                let ordered = zip(percents, percents.dropFirst()).allSatisfy { $0 >= $1 }
                guard !agrees(given, with: expected, inOrder: ordered) else { continue }
            }
            let composition = expected.map { "\($0.percent.plain)% \(names.label($0.fibre))" }.joined(separator: ", ")
            let shown = entries.prefix(expected.count * 2).map { "\($0.entry.percent?.plain ?? "")% \($0.printed)" }
            let more = entries.count > shown.count ? ", … \(entries.count - shown.count) more" : ""
            findings.append(
                .init(
                    "the label text gives the \(component.name ?? "component") as '\(shown.joined(separator: ", "))\(more)' but its composition is \(composition); print the composition as the passport states it: the same fibres and percentages, largest first",
                    at: .product(.labelText)))
        }
        return findings
    }

    /// A component's name as the label text's parts are matched to it: its letters and digits,
    /// lower-cased, word by word (`Part 2:` is `part 2`, `LINING` is `lining`).
    private static func partKey(_ name: String) -> String {
        name.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// A fibre and its percentage, as printed or as composed.
    private struct Share: Equatable {
        let fibre: String
        let percent: Double

        static func == (left: Share, right: Share) -> Bool { left.fibre == right.fibre && abs(left.percent - right.percent) < 0.0001 }
    }

    /// Whether `given` is `expected` once or repeated (one per language), in order when `inOrder`.
    private static func agrees(_ given: [Share], with expected: [Share], inOrder: Bool) -> Bool {
        guard !expected.isEmpty, given.count % expected.count == 0 else { return false }
        return stride(from: 0, to: given.count, by: expected.count).allSatisfy { start in
            let chunk = Array(given[start..<start + expected.count])
            return inOrder
                ? chunk == expected : chunk.allSatisfy { share in chunk.filter { $0 == share }.count == expected.filter { $0 == share }.count }
        }
    }
}
