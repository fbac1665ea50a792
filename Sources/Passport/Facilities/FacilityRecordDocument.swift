import JSONCore

/// The JSON-LD form of a ``FacilityRecord``: a W3C Verifiable Credential 2.0 holding a UNTP 0.7.0
/// Digital Facility Record, and the only place its member names are spelled.
///
/// Only the types the UNTP context defines are written (`Facility`, `Party`, `Claim`...), so that
/// every type and member expands to an IRI; what the record lacks is left out.
public enum FacilityRecordDocument {
    /// The document's contexts: the VC 2.0 context, then the UNTP 0.7.0 context.
    public static let contexts = ["https://www.w3.org/ns/credentials/v2", "https://vocabulary.uncefact.org/untp/0.7.0/context/"]
    /// The credential's own type, beside `VerifiableCredential`.
    public static let credentialType = "DigitalFacilityRecord"

    /// `record` as a JSON-LD document.
    public static func encode(_ record: FacilityRecord) -> JSONValue {
        object([
            ("@context", .array(contexts.map(JSONValue.string))),
            ("type", [.string(credentialType), "VerifiableCredential"]),
            ("id", .string(record.url)),
            ("issuer", object([("type", ["CredentialIssuer"]), ("id", .string(record.issuer.did)), ("name", .string(record.issuer.name))])),
            ("validFrom", .string("\(record.issued)T00:00:00Z")),
            ("name", .string("Digital Facility Record: \(record.name)")),
            ("credentialSubject", subject(record)),
        ])
    }

    /// The members the UNTP 0.7.0 DFR schema requires of the facility that `record`'s document
    /// leaves out because the inputs do not give them, as paths below `credentialSubject`.
    public static func absentRequiredMembers(of record: FacilityRecord) -> [String] {
        let address = record.address
        let absent: [(member: String, isAbsent: Bool)] = [
            ("processCategory", record.processClasses.isEmpty),
            ("locationInformation", record.coordinates == nil),
            ("address.streetAddress", address.streetAddress == nil),
            ("address.postalCode", address.postalCode == nil),
            ("address.addressLocality", address.locality == nil),
            ("address.addressRegion", address.region == nil),
        ]
        return absent.filter(\.isAbsent).map(\.member)
    }

    private static func subject(_ record: FacilityRecord) -> JSONValue {
        object([
            ("type", ["Facility"]),
            ("id", .string(record.facilityID)),
            ("name", .string(record.name)),
            ("registeredId", record.registeredID.map(JSONValue.string)),
            ("idScheme", scheme(record.idScheme)),
            ("countryOfOperation", country(record.address.country)),
            ("processCategory", nonEmpty(record.processClasses.map(classification))),
            ("relatedParty", nonEmpty(record.relatedParties.map(relatedParty))),
            ("relatedDocument", nonEmpty(record.certificateDocuments.map(certificateLink))),
            ("locationInformation", record.coordinates.map { object([("geoLocation", coordinate($0))]) }),
            ("address", address(record.address)),
            (
                "performanceClaim",
                nonEmpty(
                    record.claims.enumerated().map { claim($1, id: "\(record.url)#claim-\($0 + 1)", date: record.issued) }
                        + [record.rangelandStatus.map { rangelandClaim($0, id: "\(record.url)#rangeland") }].compactMap { $0 }
                        + record.emissions.map { emissionsClaim($0, recordURL: record.url) })
            ),
        ])
    }

    private static func scheme(_ scheme: FacilityRecord.IdentifierScheme) -> JSONValue {
        object([("type", ["IdentifierScheme"]), ("id", .string(scheme.id)), ("name", .string(scheme.name))])
    }

    private static func country(_ code: String) -> JSONValue { object([("countryCode", .string(code))]) }

    private static func classification(_ processClass: FacilityProcessClasses.ProcessClass) -> JSONValue {
        object([
            ("code", .string(processClass.code)), ("name", .string(processClass.name)),
            ("schemeId", .string(processClass.schemeID)), ("schemeName", .string(processClass.schemeName)),
        ])
    }

    private static func relatedParty(_ related: FacilityRecord.RelatedParty) -> JSONValue {
        let party = related.party
        return object([
            ("role", .string(related.role)),
            (
                "party",
                object([
                    ("type", ["Party"]), ("id", .string(party.id)), ("name", .string(party.name)), ("registeredId", .string(party.gln)),
                    ("idScheme", scheme(.partyGLN)), ("registrationCountry", country(party.country)),
                ])
            ),
        ])
    }

    private static func coordinate(_ coordinates: Coordinates) -> JSONValue {
        object([("latitude", .number(JSONNumber(coordinates.latitude))), ("longitude", .number(JSONNumber(coordinates.longitude)))])
    }

    private static func address(_ address: FacilityRecord.PostalAddress) -> JSONValue {
        object([
            ("streetAddress", address.streetAddress.map(JSONValue.string)),
            ("postalCode", address.postalCode.map(JSONValue.string)),
            ("addressLocality", address.locality.map(JSONValue.string)),
            ("addressRegion", address.region.map(JSONValue.string)),
            ("addressCountry", country(address.country)),
        ])
    }

    private static func claim(_ claim: FacilityRecord.ConformityClaim, id: String, date: CalendarDate) -> JSONValue {
        let certificate = claim.certificate
        return object([
            ("type", ["Claim"]),
            ("id", .string(id)),
            ("name", .string("\(certificate.scheme) certificate \(certificate.number)")),
            ("description", .string(description(of: certificate))),
            ("referenceCriteria", [object([("type", ["Criterion"]), ("id", .string(claim.schemeURL)), ("name", .string(certificate.scheme))])]),
            ("claimDate", .string(date.description)),
            (
                "applicablePeriod",
                object([("startDate", .string(certificate.validFrom.description)), ("endDate", .string(certificate.validUntil.description))])
            ),
            // A certificate attests conformity; it states no measured performance.
            ("claimedPerformance", []),
            ("evidence", [certificateLink(certificate)]),
            ("conformityTopic", [object([("type", ["ConformityTopic"]), ("id", .string(claim.topic.id)), ("name", .string(claim.topic.name))])]),
        ])
    }

    /// The pastures' latest rangeland assessment as a claim scored by its recovery class.
    private static func rangelandClaim(_ assessment: RangelandAssessment, id: String) -> JSONValue {
        let vocabulary = "https://textilepassport.example.org/vocab/rangeland/"
        let topic = ConformityTopicConcept(catalogCode: "environment.biodiversity")
        var details = ["assessed on \(assessment.date) by \(assessment.body) (\(assessment.method))"]
        if let group = assessment.ecologicalSiteGroup { details.append("ecological site group \(group)") }
        if let stocking = assessment.stockingRate { details.append("stocking \(JSONNumber(stocking)) sheep units") }
        if let capacity = assessment.carryingCapacity { details.append("carrying capacity \(JSONNumber(capacity)) sheep units") }
        details.append("source: \(assessment.source)")
        return object([
            ("type", ["Claim"]),
            ("id", .string(id)),
            ("name", .string("Rangeland health: recovery class \(assessment.recoveryClass.rawValue)")),
            ("description", .string(details.joined(separator: "; "))),
            (
                "referenceCriteria",
                [
                    object([
                        ("type", ["Criterion"]), ("id", .string(vocabulary + "national-rangeland-health-assessment")),
                        ("name", "Mongolia's national rangeland health assessment (state-and-transition recovery classes)"),
                    ])
                ]
            ),
            ("claimDate", .string(assessment.date.description)),
            (
                "claimedPerformance",
                [
                    object([
                        (
                            "metric",
                            object([
                                ("type", ["PerformanceMetric"]), ("id", .string(vocabulary + "recovery-class")), ("name", "rangeland recovery class"),
                            ])
                        ),
                        (
                            "score",
                            // The performance and its score untyped: the UNTP 0.7.0 context defines their members, not their types.
                            object([
                                ("code", .string(assessment.recoveryClass.rawValue)), ("rank", .number(JSONNumber(assessment.recoveryClass.rank))),
                            ])
                        ),
                    ])
                ]
            ),
            ("conformityTopic", topic.map { [object([("type", ["ConformityTopic"]), ("id", .string($0.id)), ("name", .string($0.name))])] }),
        ])
    }

    private static func certificateLink(_ certificate: Certificate) -> JSONValue {
        object([("linkURL", .string(certificate.id)), ("linkName", .string("\(certificate.scheme) certificate \(certificate.number)"))])
    }

    /// The certificate in words: `Certificate OCS-MN-2026-0133 under Organic Content Standard, issued by …, for yak: herding, combing`.
    private static func description(of certificate: Certificate) -> String {
        let scope =
            certificate.fibres.joined(separator: ", ") + (certificate.activities.isEmpty ? "" : ": " + certificate.activities.joined(separator: ", "))
        return "Certificate \(certificate.number) under \(certificate.scheme), issued by \(certificate.issuer), for \(scope)"
    }

    static func object(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(JSONObject(members.compactMap { key, value in value.map { (key, $0) } }))
    }

    private static func nonEmpty(_ values: [JSONValue]) -> JSONValue? { values.isEmpty ? nil : .array(values) }
}
