import JSONCore

/// The member names of UNTP DPP 0.6.1 documents and the passport values they hold; the textile
/// terms are ``TextileMembers``.
extension UNTP061DocumentView {
    static let document: DocumentObject<Passport> = [
        CredentialMembers.context([credentialsContext, untpContext]),
        .constant("type", ["DigitalProductPassport", "VerifiableCredential"]),
        .text("id", \.credentialURL),
        .text("name", \.name),
        .object("issuer", \.issuer, issuer),
        .text("validFrom", \.validFrom),
        .text("validUntil", \.validUntil),
        .object("credentialStatus", \.status, CredentialMembers.statusEntry(index: .decimalString)),
        .group("credentialSubject", subject),
    ]

    /// The passport: a node of its own, without an id, apart from the product it is about.
    static let subject = DocumentObject<Passport>(
        [
            .constant("type", ["ProductPassport", "TextileProductPassport"]),
            .text("granularityLevel", \.granularityLevel),
            .group("product", product, holding: \Passport.product),
            .objects("materialsProvenance", \.origins, origin),
            TextileMembers.tracedMassFraction,
            .objects("traceabilityInformation", \.processes, tracedProcess),
            TextileMembers.journey,
            .objects("conformityClaim", \.conformityClaims, conformityClaim),
            TextileMembers.productClaims,
            TextileMembers.certificates,
            TextileMembers.circularity,
            // UNTP's `EmissionsPerformance`, untyped as its context defines the member, not the type;
            // its open members hold the footprint's stages and data quality.
            .object("emissionsScorecard", \.footprint, TextileMembers.footprint),
            .object("importer", \.importer, party),
        ])

    static let product: DocumentObject<Passport> = [
        .constant("type", ["Product"]),
        .text("id", \.product.id),
        .text("name", \.product.name),
        .text("registeredId", \.product.registeredID),
        .object("idScheme", \.product.idScheme, CredentialMembers.identifierScheme),
        .text("batchNumber", \.lot),
        .text("description", \.product.description),
        .objects("productCategory", \.product.categories, classification),
        .object("producedByParty", \.product.manufacturer, party),
        .object("producedAtFacility", \.product.facility, facility),
        .text("productionDate", \.product.productionDate),
        .text("countryOfProduction", \.product.countryOfProduction),
        .group("dimensions", [.object("weight", \.product.weight, CredentialMembers.measure)]),
        .objects("furtherInformation", \.product.furtherInformation, TextileMembers.link),
        .group("characteristics", characteristics),
    ]

    static let characteristics = DocumentObject<Passport>(
        [.constant("type", ["Characteristics", "TextileCharacteristics"])] + TextileMembers.characteristics)

    static let issuer = CredentialMembers.issuer(alsoKnownAs: party)

    /// The issuer's other identities, the manufacturer and the importer: a ``facility``'s members
    /// with our address, email and website, which 0.6.1 has no member for.
    static let party = DocumentObject<Passport.Party>(
        facility.members + TextileMembers.partyContact + [.text("website", \.website)])

    /// Facilities; 0.6.1 has no member for an address.
    static let facility: DocumentObject<Passport.Party> = [
        .text("id", \.id),
        .text("name", \.name),
        .text("registeredId", \.registeredID),
        .text("eori", \.eori),
    ]

    static let classification: DocumentObject<Passport.Classification> = [
        .constant("type", ["Classification"]),
        .text("id", \.id),
        .text("code", \.code),
        .text("name", \.name),
        .text("schemeID", \.schemeID),
        .text("schemeName", \.schemeName),
    ]

    /// Origin lots: UNTP's material, then our textile details.
    static let origin = DocumentObject<Passport.Origin>(
        [
            .text("name", \.name),
            .text("originCountry", \.country),
            .object("materialType", \.materialType, classification),
            .number("massFraction", \.massFraction),
        ] + TextileMembers.origin)

    static let tracedProcess: DocumentObject<Passport.TracedProcess> = [
        .text("valueChainProcess", \.process),
        .number("verifiedRatio", \.verifiedRatio),
        .objects("traceabilityEvent", \.events, TextileMembers.link),
    ]

    /// Claims; their criteria are read from other tools' passports but not written, since a 0.6.1
    /// criterion needs a description, topic and status of its own that passports do not state.
    static let conformityClaim: DocumentObject<Passport.ConformityClaim> = [
        .constant("type", ["Claim", "Declaration"]),
        .text("id", \.id),
        .text("description", \.description),
        .readOnlyObjects("assessmentCriteria", \.criteria, criterion),
        .text("assessmentDate", \.date),
        .flag("conformance", \.conformance),
        .text("conformityTopic", \.topic),
        .object("conformityEvidence", \.evidence, TextileMembers.link),
    ]

    static let criterion: DocumentObject<Passport.Reference> = [
        .text("id", \.id),
        .text("name", \.name),
    ]
}
