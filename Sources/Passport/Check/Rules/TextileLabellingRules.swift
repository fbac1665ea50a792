/// Regulation (EU) No 1007/2011 on textile fibre names and labelling: names from Annex I in the
/// structured composition, the label text and the label statements, the label naming only fibres
/// the composition lists, percentages in descending order (their range is the schema's),
/// "100%"/"pure"/"all" only within the extraneous-fibre tolerance, "other fibres", decorative and antistatic fibres, multi-component products,
/// non-textile parts of animal origin, "virgin wool", and the label text agreeing with the composition.
public enum TextileLabellingRules {
    public static let pack = RulePack(
        "eu-textile-labelling", "Regulation (EU) 1007/2011 textile fibre names and labelling",
        rules: [
            fibreLabel, labelFibreUnlisted, compositionOrder, otherFibres, pureLabel, decorativeFibres, antistaticFibres,
            componentComposition, animalParts, virginWool, labelComposition,
        ])

    /// The fibre key that stands for the "other fibres" grouping of Art. 9, kept in `fibre-names.json`.
    static let otherFibresKey = "other-fibres"

    /// Every printed fibre name is one its Annex I entry admits, in one of the label languages:
    /// in the structured composition, in the label text and in label statements that state
    /// percentages.
    static let fibreLabel = PassportRule(
        "TXT-FIBRE-LABEL", "printed fibre names are Annex I names (no 'merino', 'baby cashmere', 'Mongolian cashmere')"
    ) { passport, context in
        let names = context.fibreNames
        let composition = passport.placedFibres.compactMap { placed -> PassportRule.Finding? in
            guard let key = placed.fibre.fibre, names.entries[key] != nil, let printed = placed.fibre.name, !names.admits(printed, for: key) else {
                return nil
            }
            return .init(notAnAnnexName(printed, fibre: key, names), at: .fibre(component: placed.component, fibre: placed.index, .name))
        }
        let printed = context.printedLabel(of: passport).names.filter { !$0.admitted }.map { name in
            PassportRule.Finding(
                name.fibre.map { notAnAnnexName(name.printed, fibre: $0, names) }
                    ?? "'\(name.printed)' is not a fibre name of Regulation (EU) 1007/2011 Annex I; name each fibre by its Annex I name: \(passport.composedFibres.map(names.allowedForm).joined(separator: ", "))",
                at: name.field)
        }
        return composition + printed
    }

    /// The message for a printed name Annex I does not admit for `fibre`.
    private static func notAnAnnexName(_ printed: String, fibre: String, _ names: FibreNames) -> String {
        "'\(printed)' is not a fibre name of Regulation (EU) 1007/2011 Annex I; write \(names.allowedForm(of: fibre)) (a quality or origin may be said elsewhere on the label)"
    }

    /// The label names only fibres the structured composition lists, by key or by printed name,
    /// or leaves out as decorative or antistatic (Art. 5(2): an Annex I name is not used for other
    /// fibres, on its own, as a root or as an adjective, as in "soft as silk"). A label entry for a part whose structured composition is empty (an
    /// exempt component, Art. 11) cannot be compared and is left alone.
    static let labelFibreUnlisted = PassportRule(
        "TXT-LABEL-FIBRE-UNLISTED", "the label text and statements name only fibres the structured composition lists"
    ) { passport, context in
        let names = context.fibreNames
        let label = context.printedLabel(of: passport)
        let composed = passport.composedFibres
        // Nearly every label names only fibres the composition lists by key: the rest of the
        // lists (by printed name, left out) are made only when it names another.
        guard
            label.names.contains(where: { $0.fibre.map { !composed.contains($0) } ?? false })
                || label.mentions.contains(where: { !composed.contains($0.fibre) })
        else { return [] }
        let byName = passport.placedFibres.compactMap { $0.fibre.name.flatMap(names.fibre(admitting:)) }
        let listed = Set(composed + byName + passport.product.excludedFibres.compactMap(\.fibre))
        let unstated = Set(passport.product.components.filter(\.fibres.isEmpty).compactMap { $0.name.map(FibreNames.phrase) })
        let lists = composed.map { names.label($0) }.joined(separator: ", ")
        func message(_ fibre: String) -> String {
            "the label names \(names.allowedForm(of: fibre)), a fibre the structured composition does not list (it lists \(lists)); name only the fibres the product contains, or correct the composition"
        }
        // Wrong names are TXT-FIBRE-LABEL's; the virgin wool names are TXT-VIRGIN-WOOL's.
        let printed = label.names.compactMap { name -> PassportRule.Finding? in
            guard name.admitted, !name.isVirginWool, let fibre = name.fibre, !listed.contains(fibre) else { return nil }
            guard !(name.entry.part.map { unstated.contains(FibreNames.phrase($0)) } ?? false) else { return nil }
            return .init(message(fibre), at: name.field)
        }
        var seen: Set<[String]> = []
        let mentioned = label.mentions.compactMap { mention -> PassportRule.Finding? in
            guard !listed.contains(mention.fibre), seen.insert([mention.statement, mention.fibre]).inserted else { return nil }
            return .init("the statement '\(mention.statement)': " + message(mention.fibre), at: .product(.labelStatements))
        }
        return printed + mentioned
    }

    /// Fibres are listed in descending order of weight (Art. 9); "other fibres" are left out of the order.
    static let compositionOrder = PassportRule("TXT-COMPOSITION-ORDER", "fibres are listed in descending order of percentage") { passport, _ in
        passport.product.components.enumerated().compactMap { component, element -> PassportRule.Finding? in
            let percents = element.fibres.filter { $0.fibre != otherFibresKey }.compactMap(\.percent)
            guard let index = percents.indices.dropFirst().first(where: { percents[$0] > percents[$0 - 1] }) else { return nil }
            // The place is counted among the fibres in the order, as the rule has always reported it.
            return .init(
                "\(percents[index].plain)% is listed after \(percents[index - 1].plain)%; list fibres from the largest share to the smallest",
                at: .fibre(component: component, fibre: index))
        }
    }

    /// "Other fibres" together make up at most 15% of a component (Art. 9).
    static let otherFibres = PassportRule("TXT-OTHER-FIBRES", "'other fibres' together make up at most 15%") { passport, context in
        passport.product.components.enumerated().compactMap { index, component -> PassportRule.Finding? in
            let total = component.fibres.filter { $0.fibre == otherFibresKey }.compactMap(\.percent).reduce(0, +)
            guard total > context.thresholds.otherFibresMaxPercent + 0.0001 else { return nil }
            return .init(
                "\(total.plain)% is declared as 'other fibres'; only up to \(context.thresholds.otherFibresMaxPercent.plain)% may be grouped so, name the rest by their Annex I names",
                at: .component(index, .fibres))
        }
    }

    /// "100%", "pure" or "all" only for a product of one fibre, extraneous fibres within the tolerance (Art. 7).
    static let pureLabel = PassportRule("TXT-PURE-LABEL", "'100%', 'pure' or 'all' only for one fibre within the extraneous-fibre tolerance") {
        passport, context in
        guard let label = passport.product.labelText, LabelText.claimsPurity(label) else { return [] }
        return passport.product.components.compactMap { component -> PassportRule.Finding? in
            guard isDeclarationRequired(component, context) else { return nil }
            let percents = component.fibres.compactMap(\.percent).sorted(by: >)
            let extraneous = percents.dropFirst().reduce(0, +)
            let carded = component.carded ?? false
            let tolerance = carded ? context.thresholds.cardedExtraneousFibreTolerancePercent : context.thresholds.extraneousFibreTolerancePercent
            guard extraneous > tolerance + 0.0001 else { return nil }
            return .init(
                "the label says '\(label)' but the \(component.name ?? "component") holds \(extraneous.plain)% of other fibres, more than the \(tolerance.plain)% tolerated\(carded ? " for carded products" : ""); state the full composition",
                at: .product(.labelText))
        }
    }

    /// Visible decorative fibres left out of the composition weigh at most 7% of the product (Art. 10).
    static let decorativeFibres = excludedFibreRule("TXT-DECORATIVE-FIBRE", role: "decorative", limit: \.decorativeFibreMaxPercent)

    /// Antistatic fibres left out of the composition weigh at most 2% of the product (Art. 10).
    static let antistaticFibres = excludedFibreRule("TXT-ANTISTATIC-FIBRE", role: "antistatic", limit: \.antistaticFibreMaxPercent)

    private static func excludedFibreRule(_ id: String, role: String, limit: KeyPath<ProfileThresholds, Double> & Sendable) -> PassportRule {
        PassportRule(id, "\(role) fibres left out of the composition stay within their limit") { passport, context in
            let entries = passport.product.excludedFibres.enumerated().filter { $0.element.role == role }
            let total = entries.compactMap { $0.element.percentOfWeight }.reduce(0, +)
            let maximum = context.thresholds[keyPath: limit]
            guard let first = entries.first, total > maximum + 0.0001 else { return [] }
            return [
                .init(
                    "\(role) fibres make up \(total.plain)% of the product's weight; above \(maximum.plain)% they must be part of the declared composition",
                    at: .excludedFibre(first.offset, .percentOfWeight))
            ]
        }
    }

    /// Every component of 30% of the weight or more, and every main lining, has its composition (Art. 11).
    static let componentComposition = PassportRule(
        "TXT-COMPONENT-COMPOSITION", "components of 30% or more of the weight and main linings state their composition"
    ) { passport, context in
        passport.product.components.enumerated().compactMap { index, component -> PassportRule.Finding? in
            guard isDeclarationRequired(component, context), component.fibres.isEmpty else { return nil }
            return .init(
                "the \(component.name ?? "component") has no fibre composition; components of \(context.thresholds.componentExemptBelowPercent.plain)% of the weight or more and main linings must state theirs",
                at: .component(index, .fibres))
        }
    }

    /// A product with non-textile parts of animal origin says so on its label (Art. 12).
    static let animalParts = PassportRule("TXT-ANIMAL-PARTS", "non-textile parts of animal origin are stated on the label") { passport, _ in
        guard passport.product.containsNonTextileAnimalParts == true else { return [] }
        let statements = passport.product.labelStatements.compactMap { $0 }
        guard !statements.contains(where: { $0.lowercased().contains("non-textile parts of animal origin") }) else { return [] }
        return [
            .init(
                "the product contains non-textile parts of animal origin; its label must say 'Contains non-textile parts of animal origin' (add it to labelStatements)",
                at: .product(.labelStatements))
        ]
    }

    /// "Virgin wool" or "fleece wool" (the names of Annex III) only for wool never incorporated
    /// in a finished product before (Art. 8(1)): alone, with at most 0.3% of fibrous impurities
    /// when labelled all wool (Art. 8(3)), or in a blend of which it is at least 25%, mixed with
    /// only one other fibre in a carded blend, the blend's full percentage composition given
    /// (Art. 8(2)). A name printed for a part (`Lining: 100% virgin wool`) speaks of that part.
    static let virginWool = PassportRule(
        "TXT-VIRGIN-WOOL", "'virgin wool' or 'fleece wool' only for unused wool meeting the blend conditions"
    ) {
        passport, context in
        let names = context.fibreNames
        let printed: [(text: String?, field: PassportField)] =
            [(passport.product.labelText, .product(.labelText))]
            + passport.placedFibres.map { ($0.fibre.name, .fibre(component: $0.component, fibre: $0.index, .name)) }
            + passport.product.labelStatements.map { ($0, .product(.labelStatements)) }
        guard let claim = printed.first(where: { $0.text.map(names.claimsVirginWool) ?? false }),
            let term = claim.text.flatMap(names.virginWoolName(in:))
        else { return [] }
        let recycled = passport.product.recycledContentPercent ?? 0
        var problems: [String] = []
        if recycled > 0 { problems.append("\(recycled.plain)% of the product is recycled, so some of its wool was in a finished product before") }
        let minimum = context.thresholds.virginWoolBlendMinimumPercent
        let impurities = context.thresholds.virginWoolImpurityMaxPercent
        let entries = context.printedLabel(of: passport).names.filter(\.isVirginWool)
        for component in passport.product.components where isDeclarationRequired(component, context) {
            let named = entries.filter { entry in entry.entry.part.map { FibreNames.phrase($0) == FibreNames.phrase(component.name ?? "") } ?? true }
            guard entries.isEmpty || !named.isEmpty else { continue }
            let fibres = component.fibres
            let wool = fibres.filter { $0.fibre == "wool" }.compactMap(\.percent).reduce(0, +)
            let others = fibres.filter { $0.fibre != "wool" }.compactMap(\.percent).reduce(0, +)
            if wool == 0 {
                problems.append("the \(component.name ?? "component") holds no wool")
            } else if named.contains(where: \.entry.pure) && others > impurities + 0.0001 {
                problems.append(
                    "it is labelled all virgin wool while \(others.plain)% of the \(component.name ?? "component") is other fibres, more than the \(impurities.plain)% of fibrous impurities tolerated"
                )
            } else if fibres.count > 1 && wool < minimum {
                problems.append("wool is only \(wool.plain)% of the blend, less than \(minimum.plain)%")
            } else if fibres.count > 2 && component.carded == true {
                problems.append("in a carded blend wool may be mixed with only one other fibre, and here it is mixed with \(fibres.count - 1)")
            } else if fibres.count > 1 && !LabelText.statesPercentages(passport.product.labelText ?? "") {
                problems.append("the label text does not give the blend's full percentage composition")
            }
        }
        guard let problem = problems.first else { return [] }
        return [
            .init(
                "'\(term)' is printed but \(problem); Art. 8 reserves the name for wool that meets its conditions: remove the term", at: claim.field)
        ]
    }

    /// Whether a component must state its composition: main lining, or not under the exemption share.
    static func isDeclarationRequired(_ component: Passport.Component, _ context: CheckContext) -> Bool {
        component.kind == "main lining" || (component.weightPercent ?? 100) >= context.thresholds.componentExemptBelowPercent
    }
}
