import GS1
import JSONCore

/// The JSON-LD form of a ``Passport``: a W3C Verifiable Credential 2.0 whose subject is a UNTP
/// Digital Product Passport 0.6.1, extended with the textile terms of our own context.
public enum PassportDocument {
    /// The W3C VC 2.0 context.
    public static let credentialsContext = "https://www.w3.org/ns/credentials/v2"
    /// The UNTP DPP 0.6.1 context.
    public static let untpContext = "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/"
    /// Where the textile context is published, below the site's base URL.
    public static let contextPath = "/contexts/textile-passport/v1.jsonld"
    /// The IRI our textile terms expand to.
    public static let vocabulary = "https://textilepassport.example.org/vocab#"

    /// The passport as a JSON-LD document, members in a fixed order.
    public static func encode(_ passport: Passport, fibreNames: FibreNames = .standard) -> JSONValue {
        let product = passport.product
        var subject: JSONObject = [
            "type": ["ProductPassport", "TextileProductPassport"],
            "id": .string(passport.link),
            "granularityLevel": "batch",
            "product": productNode(passport, fibreNames: fibreNames),
            "materialsProvenance": .array(passport.origins.map { originNode($0, fibreNames: fibreNames) }),
            "tracedMassFraction": number(passport.tracedMassFraction),
            "traceabilityInformation": .array(traceabilityNodes(passport.journey)),
            "journey": .array(passport.journey.map(journeyNode)),
            "conformityClaim": .array(conformityClaims(passport)),
            "productClaims": .array(passport.claims.map(claimNode)),
            "certificates": .array(passport.certificates.map(certificateNode)),
            "circularityScorecard": circularityNode(product),
        ]
        if let importer = passport.importer {
            subject["importer"] = partyNode(importer, extra: importer.eori.map { ["eori": .string($0)] } ?? [:])
        }
        var issuer: JSONObject = [
            "type": ["CredentialIssuer"],
            "id": .string(passport.issuer.did),
            "name": .string(passport.issuer.name),
        ]
        if let party = try? DigitalLink.party(gln: GLN(passport.issuer.gln)) {
            issuer["issuerAlsoKnownAs"] = [[
                "id": .string(party.uri), "name": .string(passport.issuer.name), "registeredId": .string(passport.issuer.gln),
            ]]
        }
        return [
            "@context": [.string(credentialsContext), .string(untpContext), .string(passport.contextURL)],
            "type": ["DigitalProductPassport", "VerifiableCredential"],
            "id": .string(passport.credentialURL),
            "name": .string("Digital Product Passport: \(product.name), lot \(passport.lot)"),
            "issuer": .object(issuer),
            "validFrom": .string(passport.producedAt),
            "credentialSubject": .object(subject),
        ]
    }

    private static func productNode(_ passport: Passport, fibreNames: FibreNames) -> JSONValue {
        let product = passport.product
        var node: JSONObject = [
            "type": ["Product"],
            "id": .string(passport.link),
            "name": .string(product.name),
            "registeredId": .string(product.gtin),
            "idScheme": ["type": ["IdentifierScheme"], "id": "https://id.gs1.org/01/", "name": "Global Trade Item Number (GTIN)"],
            "batchNumber": .string(passport.lot),
            "description": .string(product.description),
            "productCategory": [[
                "type": ["Classification"],
                "id": .string("urn:wco:hs:" + product.hsCode),
                "code": .string(product.hsCode),
                "name": .string(product.hsDescription ?? "HS \(product.hsCode)"),
                "schemeID": "urn:wco:hs",
                "schemeName": "Harmonized System",
            ]],
        ]
        if let manufacturer = passport.manufacturer { node["producedByParty"] = partyNode(manufacturer) }
        if let facility = passport.facility {
            node["producedAtFacility"] = [
                "id": .string(facility.id), "name": .string(facility.name), "registeredId": .string(facility.gln),
            ]
        }
        node["productionDate"] = .string(passport.productionDate)
        node["countryOfProduction"] = .string(product.countryOfProduction)
        node["dimensions"] = ["weight": ["value": number(product.weightGrams / 1000), "unit": "KGM"]]
        node["furtherInformation"] = [[
            "linkURL": .string(passport.link), "linkName": "Consumer page", "linkType": "gs1:pip",
        ]]
        node["characteristics"] = characteristicsNode(product, fibreNames: fibreNames)
        return .object(node)
    }

    private static func characteristicsNode(_ product: CatalogProduct, fibreNames: FibreNames) -> JSONValue {
        var node: JSONObject = [
            "type": ["Characteristics", "TextileCharacteristics"],
            "components": .array(product.components.map { component in
                [
                    "componentName": .string(component.name),
                    "componentKind": .string(component.kind),
                    "weightPercent": number(component.weightPercent),
                    "carded": .bool(component.carded),
                    "fibreContent": .array(component.fibres.map { fibre in
                        [
                            "fibre": .string(fibre.fibre),
                            "fibreName": .string(fibreNames.label(fibre.fibre)),
                            "percent": number(fibre.percent),
                        ]
                    }),
                ]
            }),
            "durability": .array(product.durability.map { test in
                var entry: JSONObject = [
                    "testedProperty": .string(test.property), "testMethod": .string(test.method),
                    "testResult": number(test.result),
                ]
                if let unit = test.unit { entry["resultUnit"] = .string(unit) }
                return .object(entry)
            }),
            "care": [
                "washing": .string(product.care.washing), "bleaching": .string(product.care.bleaching),
                "drying": .string(product.care.drying), "ironing": .string(product.care.ironing),
                "professionalCleaning": .string(product.care.professionalCleaning),
                "careSymbols": .array(product.care.symbols.map(JSONValue.string)),
            ],
            "recycledContentPercent": number(product.recycledContentPercent),
            "substancesOfConcern": .array(product.substancesOfConcern.map { substance in
                var entry: JSONObject = [
                    "substanceName": .string(substance.name), "casNumber": .string(substance.casNumber),
                    "concentrationPercent": number(substance.concentrationPercent),
                ]
                if let location = substance.location { entry["substanceLocation"] = .string(location) }
                return .object(entry)
            }),
        ]
        if let repair = product.repair {
            var entry: JSONObject = ["instructions": .string(repair.instructions)]
            if let url = repair.url { entry["moreInformation"] = .string(url) }
            node["repair"] = .object(entry)
        }
        if let label = product.labelText { node["labelText"] = .string(label) }
        if !product.labelStatements.isEmpty { node["labelStatements"] = .array(product.labelStatements.map(JSONValue.string)) }
        node["containsNonTextileAnimalParts"] = .bool(product.containsNonTextileAnimalParts)
        if !product.excludedFibres.isEmpty {
            node["excludedFibres"] = .array(product.excludedFibres.map { excluded in
                [
                    "fibre": .string(excluded.fibre), "fibreRole": .string(excluded.role),
                    "percentOfWeight": number(excluded.percentOfWeight),
                ]
            })
        }
        return .object(node)
    }

    private static func originNode(_ origin: FibreOrigin, fibreNames: FibreNames) -> JSONValue {
        let fibre = origin.fibre ?? "unknown"
        var name = fibreNames.label(fibre).capitalizedFirst
        if let producer = origin.producerName { name += ", " + producer }
        if let region = origin.region { name += " (\(region))" }
        var node: JSONObject = ["name": .string(name)]
        if let country = origin.country { node["originCountry"] = .string(country) }
        node["materialType"] = [
            "id": .string(vocabulary.dropLast() + "/fibre/" + fibre), "name": .string(fibreNames.label(fibre)),
        ]
        node["massFraction"] = number(origin.massFraction)
        node["originLot"] = .string(origin.lotID)
        if let species = origin.species { node["species"] = .string(species) }
        if let region = origin.region { node["originRegion"] = .string(region) }
        if let district = origin.district { node["originDistrict"] = .string(district) }
        if let producer = origin.producer { node["producer"] = .string(producer) }
        if let location = origin.location { node["originLocation"] = .string(location) }
        if let method = origin.harvestMethod { node["harvestMethod"] = .string(method) }
        if let date = origin.harvestDate { node["harvestDate"] = .string(date) }
        node["certificateRefs"] = .array(origin.certificateIDs.map(JSONValue.string))
        return .object(node)
    }

    private static func traceabilityNodes(_ journey: [JourneyStep]) -> [JSONValue] {
        var processes: [String] = []
        for step in journey where !processes.contains(step.process) { processes.append(step.process) }
        return processes.map { process in
            let events = journey.filter { $0.process == process }.compactMap(\.eventID)
            return [
                "valueChainProcess": .string(process),
                "verifiedRatio": 1,
                "traceabilityEvent": .array(events.map { ["linkURL": .string($0), "linkName": .string("EPCIS event"), "linkType": "epcis"] }),
            ]
        }
    }

    private static func journeyNode(_ step: JourneyStep) -> JSONValue {
        var node: JSONObject = ["stepTime": .string(step.time), "process": .string(step.process)]
        if let eventID = step.eventID { node["eventRef"] = .string(eventID) }
        if let businessStep = step.businessStep { node["businessStep"] = .string(businessStep) }
        if let location = step.location { node["stepLocation"] = .string(location) }
        if let name = step.locationName { node["stepLocationName"] = .string(name) }
        node["inputLots"] = .array(step.inputs.map(JSONValue.string))
        node["outputLots"] = .array(step.outputs.map(JSONValue.string))
        if !step.measurements.isEmpty {
            node["measurements"] = .array(step.measurements.map { measurement in
                var entry: JSONObject = ["measuredQuantity": .string(measurement.quantity)]
                if let lot = measurement.lotID { entry["measuredLot"] = .string(lot) }
                if let value = measurement.meanValue { entry["meanValue"] = number(value) }
                if let value = measurement.standardDeviation { entry["standardDeviation"] = number(value) }
                if let value = measurement.percentileRank { entry["percentileRank"] = number(value) }
                if let value = measurement.percentileValue { entry["percentileValue"] = number(value) }
                if let unit = measurement.unit { entry["unitCode"] = .string(unit) }
                if let method = measurement.method { entry["testMethod"] = .string(method) }
                return .object(entry)
            })
        }
        return .object(node)
    }

    private static func conformityClaims(_ passport: Passport) -> [JSONValue] {
        passport.certificates.enumerated().compactMap { index, certificate -> JSONValue? in
            guard let topic = certificate.conformityTopic else { return nil }
            return [
                "type": ["Claim", "Declaration"],
                "id": .string(passport.link + "#claim-\(index + 1)"),
                "description": .string("\(certificate.scheme) certificate \(certificate.number)"),
                "conformance": true,
                "conformityTopic": .string(topic),
                "conformityEvidence": [
                    "linkURL": .string(certificate.id),
                    "linkName": .string("\(certificate.scheme) \(certificate.number)"),
                ],
            ]
        }
    }

    private static func claimNode(_ claim: BackedClaim) -> JSONValue {
        [
            "claimText": .string(claim.claim.text),
            "claimKind": .string(claim.claim.kind),
            "evidenceRefs": .array(claim.evidence.map(JSONValue.string)),
        ]
    }

    private static func certificateNode(_ certificate: Certificate) -> JSONValue {
        var node: JSONObject = [
            "certificateURL": .string(certificate.id),
            "certificationScheme": .string(certificate.scheme),
        ]
        if let url = certificate.schemeURL { node["schemeURL"] = .string(url) }
        node["certificateNumber"] = .string(certificate.number)
        node["certificationBody"] = .string(certificate.issuer)
        node["certificateHolder"] = .string(certificate.holder)
        node["certifiedFibres"] = .array(certificate.fibres.map(JSONValue.string))
        node["certifiedActivities"] = .array(certificate.activities.map(JSONValue.string))
        node["certifiedFrom"] = .string(certificate.validFrom.description)
        node["certifiedUntil"] = .string(certificate.validUntil.description)
        return .object(node)
    }

    private static func circularityNode(_ product: CatalogProduct) -> JSONValue {
        var node: JSONObject = [:]
        if let url = product.recyclability.url {
            node["recyclingInformation"] = ["linkURL": .string(url), "linkName": .string(product.recyclability.instructions)]
        }
        if let repair = product.repair, let url = repair.url {
            node["repairInformation"] = ["linkURL": .string(url), "linkName": .string(repair.instructions)]
        }
        node["recyclableContent"] = number(product.recyclability.recyclableContentPercent / 100)
        node["recycledContent"] = number(product.recycledContentPercent / 100)
        node["recyclable"] = .bool(product.recyclability.recyclable)
        node["recyclingInstructions"] = .string(product.recyclability.instructions)
        return .object(node)
    }

    private static func partyNode(_ party: Party, extra: JSONObject = [:]) -> JSONValue {
        var node: JSONObject = ["id": .string(party.id), "name": .string(party.name), "registeredId": .string(party.gln)]
        for (key, value) in extra { node[key] = value }
        return .object(node)
    }

    /// A number rounded to 6 decimals, so that shares print the same on every run and machine.
    static func number(_ value: Double) -> JSONValue {
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return .number(JSONNumber(rounded))
    }
}

extension String {
    /// The string with its first character upper-cased.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
