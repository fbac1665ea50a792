/// The members of our textile extension, the terms our JSON-LD context defines: the same names
/// in the documents of every UNTP version, wherever each version puts them.
enum TextileMembers {
    /// The product's textile characteristics: composition, durability, care, repair, recycled
    /// content, substances of concern and what the label prints (Reg. (EU) 1007/2011, ESPR).
    static let characteristics: [DocumentMember<Passport>] = [
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

    static let tracedMassFraction: DocumentMember<Passport> = .number("tracedMassFraction", \.tracedMassFraction)
    static let journey: DocumentMember<Passport> = .objects("journey", \.journey, journeyStep)
    static let productClaims: DocumentMember<Passport> = .objects("productClaims", \.claims, claim)
    static let certificates: DocumentMember<Passport> = .objects("certificates", \.certificates, certificate)
    /// Recyclability and repair: UNTP's `circularityScorecard` in 0.6.1 (with our `recyclable` and
    /// `recyclingInstructions`), ours alone in 0.7.0, which has no such member.
    static let circularity: DocumentMember<Passport> = .object("circularityScorecard", \.circularity, circularityScorecard)

    /// The greenhouse-gas footprint per item: UNTP 0.6.1's `emissionsScorecard` there (its
    /// `EmissionsPerformance` members first, with our stages and data quality after them), and
    /// ours alone as `productFootprint` in 0.7.0, which states the figure as a performance claim.
    static let footprint: DocumentObject<Passport.Footprint> = [
        .number("carbonFootprint", \.carbonFootprint),
        .text("declaredUnit", \.declaredUnit),
        .text("operationalScope", \.operationalScope),
        .number("primarySourcedRatio", \.primarySourcedRatio),
        .number("footprintPerKilogram", \.perKilogram),
        .number("declaredEmissions", \.declaredEmissions),
        .number("computedEmissions", \.computedEmissions),
        .objects("footprintStages", \.stages, footprintStage),
        .objects("undeclaredSteps", \.undeclaredSteps, undeclaredStep, omittedWhenEmpty: true),
    ]

    /// One stage of a footprint with the declaration it rests on.
    static let footprintStage: DocumentObject<Passport.FootprintStage> = [
        .text("stageFacility", \.facility),
        .text("stageFacilityName", \.facilityName),
        .text("facilityRecord", \.facilityRecord),
        .text("emissionsStage", \.stage),
        .number("stageYear", \.year),
        .number("basisKilograms", \.basisKilograms),
        .number("emissionIntensity", \.intensity),
        .number("stageEmissions", \.emissions),
        .flag("intensityDeclared", \.intensityDeclared),
        .text("emissionsMethod", \.method),
    ]

    /// A processing step a footprint leaves out for want of a declaration.
    static let undeclaredStep: DocumentObject<Passport.UndeclaredStep> = [
        .text("stageFacility", \.facility),
        .text("stageFacilityName", \.facilityName),
        .text("emissionsStage", \.stage),
        .number("stageYear", \.year),
    ]

    /// A party's postal address on one line and its email address, which the labels print for the
    /// General Product Safety Regulation: UNTP 0.6.1 has no member for either, and 0.7.0 has only
    /// a structured `partyAddress` whose street, postal code, locality, region and country are all
    /// required, which the catalogue's one-line address does not give. `postalAddress`, because
    /// UNTP's contexts scope a protected `address` of their own to facilities.
    static let partyContact: [DocumentMember<Passport.Party>] = [
        .text("postalAddress", \.address),
        .text("email", \.email),
    ]

    /// An origin lot's textile details, after the members UNTP gives every material.
    static let origin: [DocumentMember<Passport.Origin>] = [
        .text("originLot", \.lotID),
        .text("species", \.species),
        .text("originRegion", \.region),
        .text("originDistrict", \.district),
        .text("producer", \.producer),
        .text("producerName", \.producerName),
        .text("originLocation", \.location),
        .text("facilityRecord", \.facilityRecord),
        .text("harvestMethod", \.harvestMethod),
        .text("harvestDate", \.harvestDate),
        .texts("certificateRefs", \.certificateIDs),
        .object("rangelandStatus", \.rangelandStatus, rangelandStatus),
        .objects("herderCertifications", \.herderCertifications, herderCertification, omittedWhenEmpty: true),
    ]

    /// The latest rangeland monitoring of an origin's herder organisation.
    static let rangelandStatus: DocumentObject<Passport.RangelandStatus> = [
        .date("assessedOn", \.assessedOn),
        .text("recoveryClass", \.recoveryClass),
        .text("ecologicalSiteGroup", \.ecologicalSiteGroup),
        .number("stockingRate", \.stockingRate),
        .number("carryingCapacity", \.carryingCapacity),
        .text("assessmentSource", \.source),
    ]

    /// A certificate of an origin's herder organisation valid on the passport's date.
    static let herderCertification: DocumentObject<Passport.HerderCertification> = [
        .text("certificateURL", \.id),
        .text("certificationScheme", \.scheme),
        .texts("certifiedFibres", \.fibres),
        .date("certifiedUntil", \.validUntil),
    ]

    /// A link: UNTP's `Link` members, which our context also gives the links of our own terms.
    static let link: DocumentObject<Passport.Link> = [
        .text("linkURL", \.url),
        .text("linkName", \.name),
        .text("linkType", \.type),
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

    static let journeyStep: DocumentObject<Passport.JourneyStep> = [
        .text("stepTime", \.time),
        .text("process", \.process),
        .text("eventRef", \.eventID),
        .text("eventCredential", \.eventCredential),
        .text("businessStep", \.businessStep),
        .text("stepLocation", \.location),
        .text("stepLocationName", \.locationName),
        .texts("inputLots", \.inputs),
        .texts("outputLots", \.outputs),
        .objects("measurements", \.measurements, measurement, omittedWhenEmpty: true),
    ]

    /// A fibre test: what was measured, its statistics, and the test method's URL.
    static let measurement: DocumentObject<Passport.Measurement> = [
        .text("measuredQuantity", \.quantity),
        .text("measuredLot", \.lotID),
        .number("meanValue", \.meanValue),
        .number("standardDeviation", \.standardDeviation),
        .number("percentileRank", \.percentileRank),
        .number("percentileValue", \.percentileValue),
        .text("unitCode", \.unit),
        .text("testMethodURL", \.methodURL),
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

    static let circularityScorecard: DocumentObject<Passport.Circularity> = [
        .object("recyclingInformation", \.recyclingInformation, link),
        .object("repairInformation", \.repairInformation, link),
        .number("recyclableContent", \.recyclableContent),
        .number("recycledContent", \.recycledContent),
        .flag("recyclable", \.recyclable),
        .text("recyclingInstructions", \.recyclingInstructions),
    ]
}
