import JSONCore

/// The data the Ecodesign for Sustainable Products Regulation (EU) 2024/1781 asks a product
/// passport to carry: identifiers, commodity code, manufacturer and facility, the EU importer,
/// care and repair, recycled content and substances of concern.
public enum ESPRDataRules {
    public static let pack = RulePack("espr-data", "ESPR (EU) 2024/1781 product passport data", rules: [
        granularity, gtin, commodityCode, manufacturer, facility, importer, importerEORI, care, repair, recycledContent, substances,
    ])

    static let product = PassportSubject.product
    static let characteristics = PassportSubject.characteristics

    /// The passport declares its granularity: model, batch or item.
    static let granularity = PassportRule("ESPR-GRANULARITY", "the passport declares its granularity (model, batch or item)") { subject, _ in
        let pointer = PassportSubject.subject.appending("granularityLevel")
        guard !["model", "batch", "item"].contains(subject.value(at: pointer)?.stringValue ?? "") else { return [] }
        return [.init(message: "granularityLevel must be 'model', 'batch' or 'item'; it says what the product identifier identifies", pointer: pointer)]
    }

    /// The product carries its GTIN under the GS1 identifier scheme.
    static let gtin = PassportRule("ESPR-GTIN", "the product's GTIN is given under the GS1 scheme") { subject, _ in
        let registered = subject.value(at: product.appending("registeredId"))?.stringValue ?? ""
        let scheme = subject.value(at: product.appending("idScheme").appending("id"))?.stringValue ?? ""
        guard registered.isEmpty || !scheme.hasPrefix("https://id.gs1.org/01") else { return [] }
        return [.init(message: "the product has no GTIN under the GS1 scheme; set registeredId to the GTIN and idScheme to https://id.gs1.org/01/",
                      pointer: product.appending(registered.isEmpty ? "registeredId" : "idScheme"))]
    }

    /// The product is classified by an HS/CN code of a textile chapter.
    static let commodityCode = PassportRule("ESPR-COMMODITY-CODE", "the HS/CN commodity code is in a textile chapter (50-63)") { subject, context in
        let pointer = product.appending("productCategory")
        let codes = subject.elements(at: pointer).compactMap { $0.1["code"]?.stringValue }
        let prefixes = context.thresholds.commodityCodePrefixes
        guard !codes.contains(where: { code in code.allSatisfy(\.isNumber) && code.count >= 4 && prefixes.contains { code.hasPrefix($0) } }) else { return [] }
        let found = codes.isEmpty ? "none is given" : "found " + codes.joined(separator: ", ")
        return [.init(message: "no HS/CN commodity code of at least 4 digits in chapters \(prefixes.joined(separator: ", ")) (\(found)); classify the product", pointer: pointer)]
    }

    /// The manufacturer is named with its identifier.
    static let manufacturer = partyRule("ESPR-MANUFACTURER", what: "manufacturer", pointer: product.appending("producedByParty"))

    /// The manufacturing facility is named with its identifier.
    static let facility = partyRule("ESPR-FACILITY", what: "manufacturing facility", pointer: product.appending("producedAtFacility"))

    private static func partyRule(_ id: String, what: String, pointer: JSONPointer) -> PassportRule {
        PassportRule(id, "the \(what) is named with its GLN") { subject, _ in
            let party = subject.value(at: pointer)
            guard party?["id"]?.stringValue?.isEmpty ?? true || party?["registeredId"]?.stringValue?.isEmpty ?? true else { return [] }
            return [.init(message: "the \(what) needs an id and a registeredId (its GLN)", pointer: pointer)]
        }
    }

    /// Goods bound for the EU name the EU importer.
    static let importer = PassportRule("ESPR-IMPORTER", "EU-bound goods name the EU importer") { subject, context in
        let pointer = PassportSubject.subject.appending("importer")
        guard context.thresholds.euBound, subject.value(at: pointer)?["id"]?.stringValue == nil else { return [] }
        return [.init(message: "the goods are bound for the EU but no importer is named; add the EU importer with its EORI number", pointer: pointer)]
    }

    /// The EU importer carries a well-formed EORI number of an EU member state.
    static let importerEORI = PassportRule("ESPR-IMPORTER-EORI", "the EU importer has a well-formed EU EORI number") { subject, _ in
        let pointer = PassportSubject.subject.appending("importer")
        guard let importer = subject.value(at: pointer), importer["id"] != nil else { return [] }
        let eori = importer["eori"]?.stringValue ?? ""
        guard !EORI.isWellFormed(eori) else { return [] }
        return [.init(message: eori.isEmpty ? "the importer has no EORI number" : "'\(eori)' is not an EU EORI number (an EU country code then up to 15 letters or digits)",
                      pointer: pointer.appending("eori"))]
    }

    /// Care instructions are given.
    static let care = PassportRule("ESPR-CARE", "care instructions are given") { subject, _ in
        let pointer = characteristics.appending("care")
        let care = subject.value(at: pointer)
        guard care?["washing"]?.stringValue?.isEmpty ?? true else { return [] }
        return [.init(message: "no care instructions; give at least how to wash the product", pointer: pointer)]
    }

    /// Repair instructions are given.
    static let repair = PassportRule("ESPR-REPAIR", "repair instructions are given") { subject, _ in
        let pointer = characteristics.appending("repair")
        guard subject.value(at: pointer)?["instructions"]?.stringValue?.isEmpty ?? true else { return [] }
        return [.init(message: "no repair instructions; say how the product can be repaired (or that it cannot)", pointer: pointer)]
    }

    /// Recycled content is disclosed, zero included.
    static let recycledContent = PassportRule("ESPR-RECYCLED-CONTENT", "recycled content is disclosed (0 is a disclosure, absence is not)") { subject, _ in
        let pointer = characteristics.appending("recycledContentPercent")
        if let percent = subject.value(at: pointer)?.double, (0...100).contains(percent) { return [] }
        return [.init(message: "recycledContentPercent must state the recycled share by weight from 0 to 100; write 0 when there is none", pointer: pointer)]
    }

    /// Substances of concern are disclosed, an empty list included.
    static let substances = PassportRule("ESPR-SUBSTANCES", "substances of concern are disclosed (an empty list is a disclosure)") { subject, _ in
        let pointer = characteristics.appending("substancesOfConcern")
        guard subject.value(at: pointer)?.arrayValue == nil else { return [] }
        return [.init(message: "substancesOfConcern is missing; list every substance of concern, or give an empty list when there is none", pointer: pointer)]
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
