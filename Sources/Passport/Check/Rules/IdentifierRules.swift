import GS1

/// Identifiers, through the `GS1` module: GTIN and GLN check digits, valid Digital Links, and a
/// product identifier that matches the passport's data and its declared granularity.
public enum IdentifierRules {
    public static let pack = RulePack(
        "identifiers", "GS1 keys and Digital Links are valid and match the declared granularity",
        rules: [
            gtin, gln, digitalLink, linkMatch, granularity,
        ])

    /// The product's GTIN is a valid GTIN.
    static let gtin = PassportRule("ID-GTIN", "the product's GTIN is valid (length, digits, check digit)") { passport, _ in
        guard let text = passport.product.registeredID, !text.isEmpty else { return [] }
        do throws(GS1Error) { _ = try GTIN(text) } catch { return [.init("GTIN \(text): \(error.message)", at: .product(.registeredID))] }
        return []
    }

    /// The GLN of every party and facility is a valid GLN.
    static let gln = PassportRule("ID-GLN", "every party's and facility's GLN is valid") { passport, _ in
        let parties: [(Passport.Party?, PassportField)] =
            [
                (passport.product.manufacturer, .manufacturer(.registeredID)), (passport.product.facility, .facility(.registeredID)),
                (passport.importer, .importer(.registeredID)),
            ] + passport.issuer.alsoKnownAs.enumerated().map { ($0.element, .issuerAlias($0.offset, .registeredID)) }
        return parties.compactMap { party, field -> PassportRule.Finding? in
            guard let text = party?.registeredID else { return nil }
            do throws(GS1Error) { _ = try GLN(text) } catch { return .init("GLN \(text): \(error.message)", at: field) }
            return nil
        }
    }

    /// Every GS1 Digital Link in the passport is valid.
    static let digitalLink = PassportRule("ID-DIGITAL-LINK", "every GS1 Digital Link in the passport is valid") { passport, _ in
        // A lot is named by the step that makes it and by the next that uses it, a party at every
        // step it runs: each link is checked once (a demo passport names 21 links 79 times).
        var firstProblems = TextTable<GS1Error?>()
        var findings: [PassportRule.Finding] = []
        forEachLink(in: passport) { uri, field in
            if let problem = firstProblems.value(for: uri, else: { DigitalLink.problems(in: $0).first }) {
                findings.append(.init("\(uri) is not a valid GS1 Digital Link: \(problem.message)", at: field))
            }
        }
        return findings
    }

    /// The product's Digital Link carries the passport's GTIN and batch number.
    static let linkMatch = PassportRule("ID-LINK-MISMATCH", "the product identifier carries the passport's GTIN and batch") { passport, _ in
        guard let uri = passport.product.id, let link = DigitalLink.validate(uri).link else { return [] }
        var findings: [PassportRule.Finding] = []
        if let registered = passport.product.registeredID, let gtin = try? GTIN(registered), link.gtin != gtin {
            findings.append(
                .init(
                    "the product identifier \(uri) names GTIN \(link.gtin?.gtin14 ?? "none"), but registeredId is \(gtin.gtin14)",
                    at: .product(.id)))
        }
        if let batch = passport.lot, let lot = link.lot, lot != batch {
            findings.append(.init("the product identifier \(uri) names lot \(lot), but batchNumber is \(batch)", at: .product(.id)))
        }
        return findings
    }

    /// The product identifier identifies what the granularity says: a model, a batch or an item.
    static let granularity = PassportRule("ID-GRANULARITY", "the product identifier matches the declared granularity") { passport, _ in
        guard let level = passport.granularityLevel, let uri = passport.product.id, let link = DigitalLink.validate(uri).link, link.gtin != nil
        else { return [] }
        let matches =
            switch level {
            case "model": link.lot == nil && link.serial == nil
            case "batch": link.lot != nil && link.serial == nil
            case "item": link.serial != nil
            default: true
            }
        guard !matches else { return [] }
        let needs = ["model": "a GTIN alone", "batch": "a GTIN with a lot (AI 10)", "item": "a GTIN with a serial number (AI 21)"][level] ?? ""
        return [.init("the passport is at \(level) level, so its identifier must be \(needs); \(uri) is not", at: .product(.id))]
    }

    /// Calls `body` with each Digital Link of the passport and its field, in this order: the
    /// product's id, the manufacturer, facility and importer, origin lots, producers and places,
    /// journey places and lots (the values that begin `http`).
    static func forEachLink(in passport: Passport, _ body: (String, PassportField) -> Void) {
        func visit(_ uri: String?, _ field: PassportField) {
            if let uri, startsWithHTTP(uri) { body(uri, field) }
        }
        visit(passport.product.id, .product(.id))
        visit(passport.product.manufacturer?.id, .manufacturer(.id))
        visit(passport.product.facility?.id, .facility(.id))
        visit(passport.importer?.id, .importer(.id))
        // By index, each field read in place: an origin or step taken whole is a copy of all its texts.
        for index in passport.origins.indices {
            visit(passport.origins[index].lotID, .origin(index, .lotID))
            visit(passport.origins[index].producer, .origin(index, .producer))
            visit(passport.origins[index].location, .origin(index, .location))
        }
        for index in passport.journey.indices {
            visit(passport.journey[index].location, .journeyStep(index, .location))
            for input in passport.journey[index].inputs.indices { visit(passport.journey[index].inputs[input], .inputLot(step: index, input)) }
            for output in passport.journey[index].outputs.indices {
                visit(passport.journey[index].outputs[output], .outputLot(step: index, output))
            }
        }
    }

    /// Whether `text` begins `http` (byte by byte: `hasPrefix` compares characters).
    private static func startsWithHTTP(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "h") && bytes.next() == UInt8(ascii: "t") && bytes.next() == UInt8(ascii: "t")
            && bytes.next() == UInt8(ascii: "p")
    }
}
