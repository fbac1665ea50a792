/// The data the Ecodesign for Sustainable Products Regulation (EU) 2024/1781 asks a product
/// passport to carry: identifiers, commodity code, manufacturer and facility, the EU importer,
/// care and repair, recycled content and substances of concern.
public enum ESPRDataRules {
    public static let pack = RulePack(
        "espr-data", "ESPR (EU) 2024/1781 product passport data",
        rules: [
            granularity, gtin, commodityCode, manufacturer, facility, importer, importerEORI, care, repair, recycledContent, substances,
        ])

    /// The passport declares its granularity: model, batch or item.
    static let granularity = PassportRule("ESPR-GRANULARITY", "the passport declares its granularity (model, batch or item)") { passport, _ in
        guard !["model", "batch", "item"].contains(passport.granularityLevel ?? "") else { return [] }
        return [.init("granularityLevel must be 'model', 'batch' or 'item'; it says what the product identifier identifies", at: .granularityLevel)]
    }

    /// The product carries its GTIN under the GS1 identifier scheme.
    static let gtin = PassportRule("ESPR-GTIN", "the product's GTIN is given under the GS1 scheme") { passport, _ in
        let registered = passport.product.registeredID ?? ""
        let scheme = passport.product.idScheme?.id ?? ""
        guard registered.isEmpty || !scheme.hasPrefix("https://id.gs1.org/01") else { return [] }
        return [
            .init(
                "the product has no GTIN under the GS1 scheme; set registeredId to the GTIN and idScheme to https://id.gs1.org/01/",
                at: .product(registered.isEmpty ? .registeredID : .idScheme))
        ]
    }

    /// The product is classified by an HS/CN code of a textile chapter.
    static let commodityCode = PassportRule("ESPR-COMMODITY-CODE", "the HS/CN commodity code is in a textile chapter (50-63)") { passport, context in
        let codes = passport.product.categories.compactMap(\.code)
        let prefixes = context.thresholds.commodityCodePrefixes
        guard !codes.contains(where: { code in code.allSatisfy(\.isNumber) && code.count >= 4 && prefixes.contains { code.hasPrefix($0) } }) else {
            return []
        }
        let found = codes.isEmpty ? "none is given" : "found " + codes.joined(separator: ", ")
        return [
            .init(
                "no HS/CN commodity code of at least 4 digits in chapters \(prefixes.joined(separator: ", ")) (\(found)); classify the product",
                at: .product(.categories))
        ]
    }

    /// The manufacturer is named with its identifier.
    static let manufacturer = partyRule("ESPR-MANUFACTURER", what: "manufacturer", party: \.product.manufacturer, at: .manufacturer())

    /// The manufacturing facility is named with its identifier.
    static let facility = partyRule("ESPR-FACILITY", what: "manufacturing facility", party: \.product.facility, at: .facility())

    private static func partyRule(_ id: String, what: String, party: KeyPath<Passport, Passport.Party?> & Sendable, at field: PassportField)
        -> PassportRule
    {
        PassportRule(id, "the \(what) is named with its GLN") { passport, _ in
            let party = passport[keyPath: party]
            guard party?.id?.isEmpty ?? true || party?.registeredID?.isEmpty ?? true else { return [] }
            return [.init("the \(what) needs an id and a registeredId (its GLN)", at: field)]
        }
    }

    /// Goods bound for the EU name the EU importer.
    static let importer = PassportRule("ESPR-IMPORTER", "EU-bound goods name the EU importer") { passport, context in
        guard context.thresholds.euBound, passport.importer?.id == nil else { return [] }
        return [.init("the goods are bound for the EU but no importer is named; add the EU importer with its EORI number", at: .importer())]
    }

    /// The EU importer carries a well-formed EORI number of an EU member state.
    static let importerEORI = PassportRule("ESPR-IMPORTER-EORI", "the EU importer has a well-formed EU EORI number") { passport, _ in
        guard let importer = passport.importer, importer.id != nil else { return [] }
        let eori = importer.eori ?? ""
        guard !EORI.isWellFormed(eori) else { return [] }
        return [
            .init(
                eori.isEmpty
                    ? "the importer has no EORI number" : "'\(eori)' is not an EU EORI number (an EU country code then up to 15 letters or digits)",
                at: .importer(.eori))
        ]
    }

    /// Care instructions are given.
    static let care = PassportRule("ESPR-CARE", "care instructions are given") { passport, _ in
        guard passport.product.care?.washing?.isEmpty ?? true else { return [] }
        return [.init("no care instructions; give at least how to wash the product", at: .product(.care))]
    }

    /// Repair instructions are given.
    static let repair = PassportRule("ESPR-REPAIR", "repair instructions are given") { passport, _ in
        guard passport.product.repair?.instructions?.isEmpty ?? true else { return [] }
        return [.init("no repair instructions; say how the product can be repaired (or that it cannot)", at: .product(.repair))]
    }

    /// Recycled content is disclosed, zero included.
    static let recycledContent = PassportRule("ESPR-RECYCLED-CONTENT", "recycled content is disclosed (0 is a disclosure, absence is not)") {
        passport, _ in
        if let percent = passport.product.recycledContentPercent, (0...100).contains(percent) { return [] }
        return [
            .init(
                "recycledContentPercent must state the recycled share by weight from 0 to 100; write 0 when there is none",
                at: .product(.recycledContentPercent))
        ]
    }

    /// Substances of concern are disclosed, an empty list included.
    static let substances = PassportRule("ESPR-SUBSTANCES", "substances of concern are disclosed (an empty list is a disclosure)") { passport, _ in
        guard passport.product.substancesOfConcern == nil else { return [] }
        return [
            .init(
                "substancesOfConcern is missing; list every substance of concern, or give an empty list when there is none",
                at: .product(.substancesOfConcern))
        ]
    }
}

/// Economic Operators Registration and Identification numbers.
enum EORI {
    /// The EU member states' country codes, plus XI (Northern Ireland), which issue EU EORI numbers.
    static let euCountries: Set<String> = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
    ]

    /// Whether `text` is an EU country code followed by 1 to 15 upper-case letters or digits.
    static func isWellFormed(_ text: String) -> Bool {
        let characters = Array(text.utf8)
        guard (3...17).contains(characters.count), euCountries.contains(String(text.prefix(2))) else { return false }
        return characters.dropFirst(2).allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }
}
