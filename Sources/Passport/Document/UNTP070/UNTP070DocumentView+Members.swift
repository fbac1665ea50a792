import JSONCore

/// The member names of UNTP DPP 0.7.0 documents and the passport values they hold; the textile
/// terms are ``TextileMembers``, in the product's `characteristics` and in its materials.
extension UNTP070DocumentView {
    static let document: DocumentObject<Passport> = [
        CredentialMembers.context([credentialsContext, untpContext]),
        .constant("type", ["DigitalProductPassport", "VerifiableCredential"]),
        .text("id", \.credentialURL),
        .text("name", \.name),
        .object("issuer", \.issuer, issuer),
        .text("validFrom", \.validFrom),
        .text("validUntil", \.validUntil),
        .object("credentialStatus", \.status, CredentialMembers.statusEntry(index: .integer)),
        .group("credentialSubject", product, holding: \Passport.product),
    ]

    /// The subject: the product itself. The GTIN is the model number (a GTIN identifies a trade
    /// item, the lot's batch number qualifies it).
    static let product: DocumentObject<Passport> = [
        .constant("type", ["Product"]),
        .text("id", \.product.id),
        .text("name", \.product.name),
        .text("description", \.product.description),
        .object("idScheme", \.product.idScheme, CredentialMembers.identifierScheme),
        .text("modelNumber", \.product.registeredID),
        .text("batchNumber", \.lot),
        .text("idGranularity", \.granularityLevel),
        .objects("productCategory", \.product.categories, classification),
        relatedDocument,
        relatedParty,
        .object("producedAtFacility", \.product.facility, facility),
        .text("productionDate", \.product.productionDate),
        country("countryOfProduction", \.product.countryOfProduction),
        .group("dimensions", [.object("weight", \.product.weight, CredentialMembers.measure)]),
        .objects("materialProvenance", \.origins, origin),
        performanceClaim,
        .group("characteristics", characteristics),
    ]

    /// The textile characteristics, then the passport's textile evidence, which 0.7.0's closed
    /// `Product` has no other place for: the traced share, the processes and the journey, the
    /// product claims, the certificates, recyclability.
    static let characteristics = DocumentObject<Passport>(
        [.constant("type", ["Characteristics", "TextileCharacteristics"])] + TextileMembers.characteristics + [
            TextileMembers.tracedMassFraction, traceabilityInformation, TextileMembers.journey, TextileMembers.productClaims,
            TextileMembers.certificates, TextileMembers.circularity, .object("productFootprint", \.footprint, TextileMembers.footprint),
        ])

    static let issuer = CredentialMembers.issuer(alsoKnownAs: party)

    /// A party: the issuer's other identities, the manufacturer and the importer (their roles in
    /// ``relatedParty``), with UNTP's `organisationWebsite` and our address and email
    /// (``TextileMembers/partyContact``).
    static let party = DocumentObject<Passport.Party>(
        organisation(type: "Party").members + [.text("organisationWebsite", \.website)] + TextileMembers.partyContact)
    /// A facility; 0.7.0's structured address has no place for a one-line address.
    static let facility = organisation(type: "Facility")

    /// A party or facility of `type`, with our `eori`.
    private static func organisation(type: JSONValue) -> DocumentObject<Passport.Party> {
        [
            .constant("type", [type]),
            .text("id", \.id),
            .text("name", \.name),
            .text("registeredId", \.registeredID),
            .text("eori", \.eori),
        ]
    }

    /// A code of a classification scheme; 0.7.0 gives it no identifier of its own.
    static let classification: DocumentObject<Passport.Classification> = [
        .text("code", \.code),
        .text("name", \.name),
        .text("schemeId", \.schemeID),
        .text("schemeName", \.schemeName),
    ]

    static let link = DocumentObject<Passport.Link>(TextileMembers.link.members + [.text("mediaType", \.mediaType)])

    /// Origin lots: UNTP's material, then our textile details.
    static let origin = DocumentObject<Passport.Origin>(
        [
            .text("name", \.name),
            country("originCountry", \.country),
            .object("materialType", \.materialType, classification),
            .number("massFraction", \.massFraction),
        ] + TextileMembers.origin)

    /// A process with its verified share; its events are the product's related documents, named here by URL.
    static let tracedProcess: DocumentObject<Passport.TracedProcess> = [
        .text("valueChainProcess", \.process),
        .number("verifiedRatio", \.verifiedRatio),
        eventURLs,
    ]

    /// A declaration of conformity as a performance claim: named, assessed against its criteria on
    /// its date, on a topic, with its evidence; it claims no measured performance.
    static let conformityClaim: DocumentObject<Passport.ConformityClaim> = [
        claimType,
        .text("id", \.id),
        .text("name", \.description),
        .objects("referenceCriteria", \.criteria, criterion),
        .text("claimDate", \.date),
        .constant("claimedPerformance", []),
        evidence,
        conformityTopic,
    ]

    static let criterion: DocumentObject<Passport.Reference> = [
        .constant("type", ["Criterion"]),
        .text("id", \.id),
        .text("name", \.name),
    ]
}
