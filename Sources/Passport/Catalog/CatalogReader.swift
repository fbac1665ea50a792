import Diagnostics
import GS1
import JSONCore

/// Reads a product catalogue (JSON, following `Schemas/catalog.schema.json`) into a ``Catalog``.
public enum CatalogReader {
    /// The catalogue in `bytes`, or `nil` when it cannot be used; every problem is in `sink`,
    /// located by file and JSON Pointer (or line and column for malformed JSON).
    public static func read(_ bytes: [UInt8], file: String, sink: DiagnosticSink) -> Catalog? {
        let document: JSONValue
        do {
            document = try JSONParser().parse(bytes)
        } catch {
            sink.add(.malformedJSON(error, file: file))
            return nil
        }
        return read(document: document, file: file, sink: sink)
    }

    /// The catalogue `document`, read from `file`, or `nil` when it cannot be used; every
    /// problem is in `sink`, located by file and JSON Pointer.
    public static func read(document: JSONValue, file: String, sink: DiagnosticSink) -> Catalog? {
        let errorsBefore = sink.diagnostics.filter { $0.severity == .error }.count
        let root = JSONFieldReader(value: document, pointer: JSONPointer(), file: file, sink: sink)
        guard document.objectValue != nil else {
            sink.add(.error(CatalogRule.type, "a catalogue is a JSON object, not \(document.typeName)", at: root.location()))
            return nil
        }
        let catalog = Catalog(
            issuer: root.member("issuer").flatMap(readIssuer) ?? Issuer(name: "", did: "", gln: ""),
            parties: root.array("parties").compactMap(readParty),
            facilities: root.array("facilities").compactMap(readFacility),
            certificates: root.array("certificates").compactMap(readCertificate),
            herderOrganisations: root.array("herderOrganisations", required: false).compactMap(readHerderOrganisation),
            products: root.array("products").compactMap(readProduct),
            emissions: root.array("emissions", required: false).compactMap(readEmissions),
            language: root.string("language", required: false) ?? "en"
        )
        checkHerderReferences(of: catalog, at: root)
        let errorsAfter = sink.diagnostics.filter { $0.severity == .error }.count
        return errorsAfter == errorsBefore ? catalog : nil
    }

    private static func readIssuer(_ reader: JSONFieldReader) -> Issuer? {
        let name = reader.string("name")
        let did = reader.string("did")
        let gln = readGLN(reader, "gln")
        guard let name, let did, let gln else { return nil }
        return Issuer(name: name, did: did, gln: gln)
    }

    private static func readParty(_ reader: JSONFieldReader) -> Party? {
        let id = reader.string("id")
        let gln = readGLN(reader, "gln")
        let name = reader.string("name")
        let country = reader.string("country")
        let role = reader.string("role")
        guard let id, let gln, let name, let country, let role else { return nil }
        return Party(
            id: id, gln: gln, name: name, country: country, address: reader.string("address", required: false),
            email: reader.string("email", required: false), website: reader.string("website", required: false), role: role,
            eori: reader.string("eori", required: false))
    }

    private static func readFacility(_ reader: JSONFieldReader) -> Facility? {
        let id = reader.string("id")
        let gln = readGLN(reader, "gln")
        let name = reader.string("name")
        let country = reader.string("country")
        let operatorID = reader.string("operator")
        let coordinates = readCoordinates(reader)
        guard let id, let gln, let name, let country, let operatorID else { return nil }
        return Facility(
            id: id, gln: gln, name: name, country: country, address: reader.string("address", required: false),
            postalCode: reader.string("postalCode", required: false), locality: reader.string("locality", required: false),
            region: reader.string("region", required: false), coordinates: coordinates, operatorID: operatorID,
            process: reader.string("process", required: false))
    }

    /// The facility's `latitude` and `longitude`, which come together and within their ranges.
    private static func readCoordinates(_ reader: JSONFieldReader) -> Coordinates? {
        let latitude = reader.number("latitude", required: false)
        let longitude = reader.number("longitude", required: false)
        switch (latitude, longitude) {
        case (nil, nil):
            return nil
        case (let latitude?, let longitude?):
            guard (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                reader.sink.add(
                    .error(
                        CatalogRule.coordinates,
                        "(\(latitude), \(longitude)) is not a point: latitude runs from -90 to 90, longitude from -180 to 180",
                        at: reader.location(abs(latitude) > 90 ? "latitude" : "longitude")))
                return nil
            }
            return Coordinates(latitude: latitude, longitude: longitude)
        case (_, nil):
            reader.sink.add(.error(CatalogRule.coordinates, "a latitude needs its longitude", at: reader.location("longitude")))
            return nil
        case (nil, _):
            reader.sink.add(.error(CatalogRule.coordinates, "a longitude needs its latitude", at: reader.location("latitude")))
            return nil
        }
    }

    private static func readCertificate(_ reader: JSONFieldReader) -> Certificate? {
        let scope = reader.member("scope")
        let id = reader.string("id")
        let scheme = reader.string("scheme")
        let number = reader.string("number")
        let issuer = reader.string("issuer")
        let holder = reader.string("holder")
        let validFrom = readDate(reader, "validFrom")
        let validUntil = readDate(reader, "validUntil")
        guard let id, let scheme, let number, let issuer, let holder, let scope, let validFrom, let validUntil else { return nil }
        if validUntil < validFrom {
            reader.sink.add(
                .error(
                    CatalogRule.certificateDates, "certificate \(number) ends (\(validUntil)) before it starts (\(validFrom))",
                    at: reader.location("validUntil")))
        }
        return Certificate(
            id: id, scheme: scheme, schemeURL: reader.string("schemeURL", required: false), number: number,
            issuer: issuer, holder: holder, fibres: scope.strings("fibres"),
            activities: scope.strings("activities", required: false), validFrom: validFrom,
            validUntil: validUntil, conformityTopic: reader.string("conformityTopic", required: false))
    }

    /// The years an emissions declaration may be for: written with four digits, as dates are.
    private static let calendarYears: ClosedRange<Double> = 1000...9999

    /// One emissions declaration: an intensity with its basis, or energy with its emission factor
    /// (never both), and the method it was worked out by.
    private static func readEmissions(_ reader: JSONFieldReader) -> EmissionsDeclaration? {
        let facility = reader.string("facility")
        let stage = reader.string("stage")
        let method = reader.string("method", required: false)
        let source = reader.string("source")
        let date = readDate(reader, "date")
        let year = reader.number("year")
        if reader.value["method"] == nil || reader.value["method"] == .null {
            reader.sink.add(
                .error(
                    CatalogRule.emissionsMethod,
                    "an emissions figure needs the method it was worked out by (for example IPCC 2019 Tier 1, GHG Protocol, ISO 14067)",
                    at: reader.location("method")))
        }
        let wholeYear = year.flatMap { Self.calendarYears.contains($0) && $0.rounded() == $0 ? Int($0) : nil }
        if let year, wholeYear == nil {
            reader.sink.add(
                .error(CatalogRule.type, "'year' must be a whole year of four digits (1000 to 9999), not \(year)", at: reader.location("year")))
        }
        let figure = readEmissionsFigure(reader)
        guard let facility, let stage, let method, let source, let date, let wholeYear, let figure else { return nil }
        return EmissionsDeclaration(facility: facility, stage: stage, figure: figure, method: method, source: source, date: date, year: wholeYear)
    }

    /// The declaration's figure: `intensity` with `intensityBasis`, or `energyPerKg` with `emissionFactor`.
    private static func readEmissionsFigure(_ reader: JSONFieldReader) -> EmissionsDeclaration.Figure? {
        let intensity = reader.number("intensity", required: false)
        let basisText = reader.string("intensityBasis", required: false)
        let energy = reader.number("energyPerKg", required: false)
        let factor = reader.number("emissionFactor", required: false)
        let negative = [("intensity", intensity), ("energyPerKg", energy), ("emissionFactor", factor)].first { ($0.1 ?? 0) < 0 }
        if let negative {
            reader.sink.add(
                .error(CatalogRule.emissionsFigure, "'\(negative.0)' cannot be negative (\(negative.1!))", at: reader.location(negative.0)))
            return nil
        }
        let basis = basisText.flatMap(EmissionsDeclaration.Basis.init(rawValue:))
        if let basisText, basis == nil {
            reader.sink.add(
                .error(
                    CatalogRule.emissionsFigure, "'\(basisText)' is not a basis; an intensity is per kg of 'raw fibre' or of 'dehaired fibre'",
                    at: reader.location("intensityBasis")))
            return nil
        }
        switch (intensity, basisText, energy, factor) {
        case (let intensity?, _?, nil, nil):
            return basis.map { .intensity(intensity, basis: $0) }
        case (nil, nil, let energy?, let factor?):
            return .energy(kilowattHoursPerKilogram: energy, emissionFactor: factor)
        case (_?, nil, nil, nil):
            reader.sink.add(
                .error(
                    CatalogRule.emissionsFigure, "an intensity needs its basis: per kg of 'raw fibre' or of 'dehaired fibre' (intensityBasis)",
                    at: reader.location("intensityBasis")))
        case (nil, nil, _?, nil), (nil, nil, nil, _?):
            reader.sink.add(
                .error(
                    CatalogRule.emissionsFigure, "energy per kg and emission factor come together: kWh per kg of output and kg CO2e per kWh",
                    at: reader.location(energy == nil ? "energyPerKg" : "emissionFactor")))
        case (nil, nil, nil, nil):
            reader.sink.add(
                .error(
                    CatalogRule.emissionsFigure,
                    "a declaration gives a figure: an intensity with its basis, or energy per kg with an emission factor",
                    at: reader.location()))
        default:
            reader.sink.add(
                .error(
                    CatalogRule.emissionsFigure,
                    "a declaration gives either an intensity with its basis or energy per kg with an emission factor, not both",
                    at: reader.location(intensity != nil ? "intensity" : "intensityBasis")))
        }
        return nil
    }

    private static func readProduct(_ reader: JSONFieldReader) -> CatalogProduct? {
        let care = reader.member("care").flatMap(readCare)
        let recyclability = reader.member("recyclability").flatMap(readRecyclability)
        let components = reader.array("components").compactMap(readComponent)
        let sku = reader.string("sku")
        let gtin = readGTIN(reader, "gtin")
        let name = reader.string("name")
        let description = reader.string("description")
        let hsCode = reader.string("hsCode")
        let weight = reader.number("weightGrams")
        let country = reader.string("countryOfProduction")
        let manufacturer = reader.string("manufacturer")
        let facility = reader.string("facility")
        let recycled = reader.number("recycledContentPercent")
        let durability = reader.array("durability").compactMap(readTestResult)
        let repair = reader.member("repair", required: false).flatMap(readRepair)
        let substances = reader.array("substancesOfConcern").compactMap(readSubstance)
        let claims = reader.array("claims", required: false).compactMap(readClaim)
        let excludedFibres = reader.array("excludedFibres", required: false).compactMap(readExcludedFibre)
        guard let sku, let gtin, let name, let description, let hsCode, let weight, let country, let manufacturer,
            let facility, let care, let recyclability, !components.isEmpty, let recycled
        else { return nil }
        return CatalogProduct(
            sku: sku, gtin: gtin, name: name, description: description, hsCode: hsCode,
            hsDescription: reader.string("hsDescription", required: false), weightGrams: weight,
            countryOfProduction: country, manufacturer: manufacturer, facility: facility, components: components,
            durability: durability, care: care, repair: repair, recyclability: recyclability,
            recycledContentPercent: recycled, substancesOfConcern: substances, claims: claims,
            labelText: reader.string("labelText", required: false),
            labelStatements: reader.strings("labelStatements", required: false),
            containsNonTextileAnimalParts: reader.bool("containsNonTextileAnimalParts", required: false) ?? false,
            excludedFibres: excludedFibres,
            translations: readTranslations(reader.member("translations", required: false))
        )
    }

    /// The product's translations by language code.
    private static func readTranslations(_ reader: JSONFieldReader?) -> [String: ProductTranslation] {
        guard let reader else { return [:] }
        var translations: [String: ProductTranslation] = [:]
        for code in reader.value.objectValue?.keys ?? [] {
            guard let text = reader.member(code) else { continue }
            let care = text.member("care", required: false)
            translations[code] = ProductTranslation(
                name: text.string("name", required: false), description: text.string("description", required: false),
                washing: care?.string("washing", required: false), bleaching: care?.string("bleaching", required: false),
                drying: care?.string("drying", required: false), ironing: care?.string("ironing", required: false),
                professionalCleaning: care?.string("professionalCleaning", required: false),
                repairInstructions: text.member("repair", required: false)?.string("instructions", required: false))
        }
        return translations
    }

    private static func readComponent(_ reader: JSONFieldReader) -> Component? {
        let fibres = reader.array("fibres").compactMap { fibre -> FibreShare? in
            let key = fibre.string("fibre")
            let percent = fibre.number("percent")
            guard let key, let percent else { return nil }
            return FibreShare(fibre: key, percent: percent)
        }
        let name = reader.string("name")
        let kind = reader.string("kind")
        let weight = reader.number("weightPercent")
        guard let name, let kind, let weight, !fibres.isEmpty else { return nil }
        return Component(
            name: name, kind: kind, weightPercent: weight, fibres: fibres,
            carded: reader.bool("carded", required: false) ?? false)
    }

    private static func readTestResult(_ reader: JSONFieldReader) -> TestResult? {
        let property = reader.string("property")
        let method = reader.string("method")
        let result = reader.number("result")
        guard let property, let method, let result else { return nil }
        return TestResult(property: property, method: method, result: result, unit: reader.string("unit", required: false))
    }

    private static func readCare(_ reader: JSONFieldReader) -> CareInstructions? {
        let washing = reader.string("washing")
        let bleaching = reader.string("bleaching")
        let drying = reader.string("drying")
        let ironing = reader.string("ironing")
        let professional = reader.string("professionalCleaning")
        guard let washing, let bleaching, let drying, let ironing, let professional else { return nil }
        return CareInstructions(
            washing: washing, bleaching: bleaching, drying: drying, ironing: ironing,
            professionalCleaning: professional, symbols: reader.strings("symbols", required: false))
    }

    private static func readRepair(_ reader: JSONFieldReader) -> RepairInformation? {
        let instructions = reader.string("instructions")
        guard let instructions else { return nil }
        return RepairInformation(instructions: instructions, url: reader.string("url", required: false))
    }

    private static func readRecyclability(_ reader: JSONFieldReader) -> Recyclability? {
        let recyclable = reader.bool("recyclable")
        let share = reader.number("recyclableContentPercent")
        let instructions = reader.string("instructions")
        guard let recyclable, let share, let instructions else { return nil }
        return Recyclability(
            recyclable: recyclable, recyclableContentPercent: share, instructions: instructions,
            url: reader.string("url", required: false))
    }

    private static func readSubstance(_ reader: JSONFieldReader) -> SubstanceOfConcern? {
        let name = reader.string("name")
        let cas = reader.string("casNumber")
        let concentration = reader.number("concentrationPercent")
        guard let name, let cas, let concentration else { return nil }
        return SubstanceOfConcern(
            name: name, casNumber: cas, concentrationPercent: concentration,
            location: reader.string("location", required: false))
    }

    private static func readExcludedFibre(_ reader: JSONFieldReader) -> ExcludedFibre? {
        let fibre = reader.string("fibre")
        let role = reader.string("role")
        let percent = reader.number("percentOfWeight")
        guard let fibre, let role, let percent else { return nil }
        return ExcludedFibre(fibre: fibre, role: role, percentOfWeight: percent)
    }

    private static func readClaim(_ reader: JSONFieldReader) -> ProductClaim? {
        let text = reader.string("text")
        let kind = reader.string("kind")
        let evidence = reader.string("evidence")
        guard let text, let kind, let evidence else { return nil }
        return ProductClaim(text: text, kind: kind, evidence: evidence)
    }

    private static func readGTIN(_ reader: JSONFieldReader, _ key: String) -> String? {
        readKey(reader, key, kind: "GTIN") { text throws(GS1Error) in try GTIN(text).gtin14 }
    }

    private static func readGLN(_ reader: JSONFieldReader, _ key: String) -> String? {
        readKey(reader, key, kind: "GLN") { text throws(GS1Error) in try GLN(text).digits }
    }

    /// The GS1 key at `key`, normalised by `parse`, or `nil` with the GS1 diagnostic.
    private static func readKey(
        _ reader: JSONFieldReader, _ key: String, kind: String,
        parse: (String) throws(GS1Error) -> String
    ) -> String? {
        guard let text = reader.string(key) else { return nil }
        do {
            return try parse(text)
        } catch {
            reader.sink.add(error.diagnostic(at: reader.location(key), subject: "\(kind) \(text)"))
            return nil
        }
    }

    static func readDate(_ reader: JSONFieldReader, _ key: String) -> CalendarDate? {
        let text = reader.string(key)
        guard let text else { return nil }
        guard let date = CalendarDate(text) else {
            reader.sink.add(.error(CatalogRule.date, "'\(text)' is not a date in the form YYYY-MM-DD", at: reader.location(key)))
            return nil
        }
        return date
    }
}
