import JSONCore

/// The member names of UNTP DPP 0.6.1 documents and the passport values they hold.
extension UNTP061DocumentView {
    static let document: DocumentObject<Passport> = [
        DocumentMember(
            "@context", keyPath: \Passport.contextURL,
            write: { passport in .array([.string(credentialsContext), .string(untpContext)] + (passport.contextURL.map { [.string($0)] } ?? [])) },
            read: { passport, value in
                passport.contextURL = value.arrayValue?.compactMap(\.stringValue).first { ![credentialsContext, untpContext].contains($0) }
            }),
        .constant("type", ["DigitalProductPassport", "VerifiableCredential"]),
        .text("id", \.credentialURL),
        .text("name", \.name),
        .object("issuer", \.issuer, issuer),
        .text("validFrom", \.validFrom),
        .object("credentialStatus", \.status, statusEntry),
        .group("credentialSubject", subject),
    ]

    /// A Bitstring Status List entry (W3C VC Bitstring Status List, the VC 2.0 context's terms).
    static let statusEntry: DocumentObject<Passport.StatusEntry> = [
        .text("id", \.id),
        .text("type", \.type),
        .text("statusPurpose", \.purpose),
        .text("statusListIndex", \.index),
        .text("statusListCredential", \.listCredential),
    ]

    static let subject: DocumentObject<Passport> = [
        .constant("type", ["ProductPassport", "TextileProductPassport"]),
        .text("id", \.link),
        .text("granularityLevel", \.granularityLevel),
        .group("product", product, holding: \Passport.product),
        .objects("materialsProvenance", \.origins, origin),
        .number("tracedMassFraction", \.tracedMassFraction),
        .objects("traceabilityInformation", \.processes, tracedProcess),
        .objects("journey", \.journey, journeyStep),
        .objects("conformityClaim", \.conformityClaims, conformityClaim),
        .objects("productClaims", \.claims, claim),
        .objects("certificates", \.certificates, certificate),
        .object("circularityScorecard", \.circularity, circularity),
        .object("importer", \.importer, party),
    ]

    static let product: DocumentObject<Passport> = [
        .constant("type", ["Product"]),
        .text("id", \.product.id),
        .text("name", \.product.name),
        .text("registeredId", \.product.registeredID),
        .object("idScheme", \.product.idScheme, identifierScheme),
        .text("batchNumber", \.lot),
        .text("description", \.product.description),
        .objects("productCategory", \.product.categories, classification),
        .object("producedByParty", \.product.manufacturer, party),
        .object("producedAtFacility", \.product.facility, party),
        .text("productionDate", \.product.productionDate),
        .text("countryOfProduction", \.product.countryOfProduction),
        .group("dimensions", [.object("weight", \.product.weight, measure)]),
        .objects("furtherInformation", \.product.furtherInformation, link),
        .group("characteristics", characteristics),
    ]

    static let characteristics: DocumentObject<Passport> = [
        .constant("type", ["Characteristics", "TextileCharacteristics"]),
        .objects("components", \.product.components, component),
        .objects("durability", \.product.durability, testResult),
        .object("care", \.product.care, care),
        .number("recycledContentPercent", \.product.recycledContentPercent),
        .objects("substancesOfConcern", \.product.substancesOfConcern, substance),
        .object("repair", \.product.repair, repair),
        .text("labelText", \.product.labelText),
        .texts("labelStatements", \.product.labelStatements, omittedWhenEmpty: true),
        .flag("containsNonTextileAnimalParts", \.product.containsNonTextileAnimalParts),
        .objects("excludedFibres", \.product.excludedFibres, excludedFibre, omittedWhenEmpty: true),
    ]

    static let issuer: DocumentObject<Passport.Issuer> = [
        .constant("type", ["CredentialIssuer"]),
        .text("id", \.id),
        .text("name", \.name),
        .objects("issuerAlsoKnownAs", \.alsoKnownAs, party, omittedWhenEmpty: true),
    ]

    /// Parties and facilities; 0.6.1 has no member for an address.
    static let party: DocumentObject<Passport.Party> = [
        .text("id", \.id),
        .text("name", \.name),
        .text("registeredId", \.registeredID),
        .text("eori", \.eori),
    ]

    static let link: DocumentObject<Passport.Link> = [
        .text("linkURL", \.url),
        .text("linkName", \.name),
        .text("linkType", \.type),
    ]

    static let identifierScheme: DocumentObject<Passport.IdentifierScheme> = [
        .constant("type", ["IdentifierScheme"]),
        .text("id", \.id),
        .text("name", \.name),
    ]

    static let classification: DocumentObject<Passport.Classification> = [
        .constant("type", ["Classification"]),
        .text("id", \.id),
        .text("code", \.code),
        .text("name", \.name),
        .text("schemeID", \.schemeID),
        .text("schemeName", \.schemeName),
    ]

    static let measure: DocumentObject<Passport.Measure> = [
        .number("value", \.value),
        .text("unit", \.unit),
    ]

    static let component: DocumentObject<Passport.Component> = [
        .text("componentName", \.name),
        .text("componentKind", \.kind),
        .number("weightPercent", \.weightPercent),
        .flag("carded", \.carded),
        .objects("fibreContent", \.fibres, fibreShare),
    ]

    static let fibreShare: DocumentObject<Passport.FibreShare> = [
        .text("fibre", \.fibre),
        .text("fibreName", \.name),
        .number("percent", \.percent),
    ]

    static let testResult: DocumentObject<Passport.TestResult> = [
        .text("testedProperty", \.property),
        .text("testMethod", \.method),
        .number("testResult", \.result),
        .text("resultUnit", \.unit),
    ]

    static let care: DocumentObject<Passport.Care> = [
        .text("washing", \.washing),
        .text("bleaching", \.bleaching),
        .text("drying", \.drying),
        .text("ironing", \.ironing),
        .text("professionalCleaning", \.professionalCleaning),
        .texts("careSymbols", \.symbols),
    ]

    static let substance: DocumentObject<Passport.Substance> = [
        .text("substanceName", \.name),
        .text("casNumber", \.casNumber),
        .number("concentrationPercent", \.concentrationPercent),
        .text("substanceLocation", \.location),
    ]

    static let repair: DocumentObject<Passport.Repair> = [
        .text("instructions", \.instructions),
        .text("moreInformation", \.url),
    ]

    static let excludedFibre: DocumentObject<Passport.ExcludedFibre> = [
        .text("fibre", \.fibre),
        .text("fibreRole", \.role),
        .number("percentOfWeight", \.percentOfWeight),
    ]

    /// Origin lots; 0.6.1 has no member for the producer's name, which the origin's name holds.
    static let origin: DocumentObject<Passport.Origin> = [
        .text("name", \.name),
        .text("originCountry", \.country),
        materialType,
        .number("massFraction", \.massFraction),
        .text("originLot", \.lotID),
        .text("species", \.species),
        .text("originRegion", \.region),
        .text("originDistrict", \.district),
        .text("producer", \.producer),
        .text("originLocation", \.location),
        .text("harvestMethod", \.harvestMethod),
        .text("harvestDate", \.harvestDate),
        .texts("certificateRefs", \.certificateIDs),
    ]

    /// The origin's fibre as a term of our vocabulary (`.../vocab/fibre/cashmere`) with its name.
    static let materialType = DocumentMember<Passport.Origin>(
        "materialType", keyPath: \Passport.Origin.fibre,
        write: { origin in
            var node = JSONObject()
            node["id"] = origin.fibre.map { .string(vocabulary.dropLast() + "/fibre/" + $0) }
            node["name"] = origin.fibreName.map(JSONValue.string)
            return node.isEmpty ? nil : .object(node)
        },
        read: { origin, value in
            origin.fibreName = value["name"]?.stringValue
            guard let parts = value["id"]?.stringValue?.split(separator: "/"), parts.count >= 2, parts[parts.count - 2] == "fibre" else { return }
            origin.fibre = String(parts[parts.count - 1])
        })

    static let tracedProcess: DocumentObject<Passport.TracedProcess> = [
        .text("valueChainProcess", \.process),
        .number("verifiedRatio", \.verifiedRatio),
        .objects("traceabilityEvent", \.events, link),
    ]

    static let journeyStep: DocumentObject<Passport.JourneyStep> = [
        .text("stepTime", \.time),
        .text("process", \.process),
        .text("eventRef", \.eventID),
        .text("businessStep", \.businessStep),
        .text("stepLocation", \.location),
        .text("stepLocationName", \.locationName),
        .texts("inputLots", \.inputs),
        .texts("outputLots", \.outputs),
        .objects("measurements", \.measurements, measurement, omittedWhenEmpty: true),
    ]

    static let measurement: DocumentObject<Passport.Measurement> = [
        .text("measuredQuantity", \.quantity),
        .text("measuredLot", \.lotID),
        .number("meanValue", \.meanValue),
        .number("standardDeviation", \.standardDeviation),
        .number("percentileRank", \.percentileRank),
        .number("percentileValue", \.percentileValue),
        .text("unitCode", \.unit),
        .text("testMethod", \.method),
    ]

    static let conformityClaim: DocumentObject<Passport.ConformityClaim> = [
        .constant("type", ["Claim", "Declaration"]),
        .text("id", \.id),
        .text("description", \.description),
        .flag("conformance", \.conformance),
        .text("conformityTopic", \.topic),
        .object("conformityEvidence", \.evidence, link),
    ]

    static let claim: DocumentObject<Passport.Claim> = [
        .text("claimText", \.text),
        .text("claimKind", \.kind),
        .texts("evidenceRefs", \.evidence),
    ]

    static let certificate: DocumentObject<Passport.Certificate> = [
        .text("certificateURL", \.id),
        .text("certificationScheme", \.scheme),
        .text("schemeURL", \.schemeURL),
        .text("certificateNumber", \.number),
        .text("certificationBody", \.issuer),
        .text("certificateHolder", \.holder),
        .texts("certifiedFibres", \.fibres),
        .texts("certifiedActivities", \.activities),
        .date("certifiedFrom", \.validFrom),
        .date("certifiedUntil", \.validUntil),
    ]

    static let circularity: DocumentObject<Passport.Circularity> = [
        .object("recyclingInformation", \.recyclingInformation, link),
        .object("repairInformation", \.repairInformation, link),
        .number("recyclableContent", \.recyclableContent),
        .number("recycledContent", \.recycledContent),
        .flag("recyclable", \.recyclable),
        .text("recyclingInstructions", \.recyclingInstructions),
    ]
}
