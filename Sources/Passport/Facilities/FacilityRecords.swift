import Diagnostics
import GS1

/// The Digital Facility Records of a site: one for each facility the manufacturer operates, and
/// one for each record the published passports' origins link to (see ``FacilityRecordLinks``).
///
/// A record says what the catalogue says of its facility or producer and what the origin lots
/// recorded there say (aimag, soum, fibres, the certificates they cite); the certificates it
/// claims are those valid on the day of issue that the facility, its operator or its producers
/// hold or that its origin lots cite.
public struct FacilityRecords: Sendable {
    /// The records, by GLN.
    public let records: [FacilityRecord]
    /// A `DFR-INCOMPLETE` warning for each record the inputs cannot fill as the UNTP schema
    /// requires, a `DFR-ORIGINS-DISAGREE` warning for each place whose origins disagree, and a
    /// `DFR-ORIGIN-UNLINKED` warning for each origin lot that no record describes.
    public let diagnostics: [Diagnostic]

    /// The records of `catalog`'s manufacturer facilities and of the places of `origins`, issued on `issued`.
    public init(
        catalog: Catalog, origins: FacilityOrigins, links: FacilityRecordLinks, issued: CalendarDate,
        processClasses: FacilityProcessClasses = .standard
    ) {
        let manufacturers = Set(catalog.parties.filter { $0.role == "manufacturer" }.map { FacilityRecordLinks.canonical($0.id) })
        var glns = Set(origins.places.keys)
        for facility in catalog.facilities where manufacturers.contains(FacilityRecordLinks.canonical(facility.operatorID)) {
            glns.insert(facility.gln)
        }
        var records: [FacilityRecord] = []
        var diagnostics: [Diagnostic] = []
        let byPlace = CatalogByPlace(catalog)
        for gln in glns.sorted() {
            let place = origins.places[gln] ?? FacilityOrigins.Place()
            let builder = FacilityRecordBuilder(
                catalog: catalog, byPlace: byPlace, links: links, issued: issued, place: place, processClasses: processClasses)
            let record: FacilityRecord
            let source: SourceLocation
            let remedy: String
            if let index = catalog.facilities.firstIndex(where: { $0.gln == gln }) {
                record = builder.record(of: catalog.facilities[index])
                source = SourceLocation(file: "catalogue", pointer: "/facilities/\(index)")
                remedy =
                    "give the facility's " + FacilityRecordDocument.absentRequiredMembers(of: record).map(Self.catalogueField).joined(separator: ", ")
            } else if let index = catalog.parties.firstIndex(where: { $0.gln == gln }) {
                record = builder.record(producedBy: catalog.parties[index])
                source = SourceLocation(file: "catalogue", pointer: "/parties/\(index)")
                remedy =
                    "list the place its lots are recorded at among the catalogue's facilities, with its address, postalCode, locality, region, latitude, longitude and process"
            } else {
                continue
            }
            records.append(record)
            for disagreement in builder.disagreements {
                diagnostics.append(
                    Diagnostic(
                        FacilityRecordRule.originsDisagree,
                        "the origin lots linked to the facility record of \(record.name) name \(disagreement), so the record names none of them; correct the events",
                        at: source))
            }
            let absent = FacilityRecordDocument.absentRequiredMembers(of: record)
            if !absent.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        FacilityRecordRule.incomplete,
                        "the facility record of \(record.name) (GLN \(gln)) leaves out \(absent.joined(separator: ", ")), which the UNTP 0.7.0 Digital Facility Record schema requires and the inputs do not give: \(remedy)",
                        at: source))
            }
        }
        self.records = records
        self.diagnostics = diagnostics + origins.unlinkedLots.map { $0 ?? "" }.sorted().map(Self.unlinked)
    }

    /// The warning that no record describes the place of the origin lot `lot` (empty when the lot has no Digital Link).
    private static func unlinked(_ lot: String) -> Diagnostic {
        Diagnostic(
            FacilityRecordRule.originUnlinked,
            "origin lot \(lot.isEmpty ? "(without a Digital Link)" : lot) was recorded at no place the catalogue's facilities list and produced by no catalogue party, so no facility record describes where it comes from and its origin links to none; list its place among the catalogue's facilities or its producer among the catalogue's parties",
            at: SourceLocation(file: "catalogue", pointer: "/facilities"))
    }

    /// The catalogue facility's field that gives the document's `member`.
    private static func catalogueField(_ member: String) -> String {
        switch member {
        case "processCategory": "process (one that Schemas/facility-processes.json classes)"
        case "locationInformation": "latitude and longitude"
        case "address.streetAddress": "address"
        case "address.postalCode": "postalCode"
        case "address.addressLocality": "locality"
        case "address.addressRegion": "region"
        default: member
        }
    }
}

/// The catalogue's emissions declarations and certificate holders under their canonical Digital
/// Links, worked out once for all of a site's records rather than by each record.
private struct CatalogByPlace {
    /// The emissions declarations of each place, oldest year first.
    let emissions: [String: [EmissionsDeclaration]]
    /// The canonical holder of each of the catalogue's certificates, in catalogue order.
    let certificateHolders: [String]

    init(_ catalog: Catalog) {
        var emissions: [String: [EmissionsDeclaration]] = [:]
        for declaration in catalog.emissions { emissions[FacilityRecordLinks.canonical(declaration.facility), default: []].append(declaration) }
        self.emissions = emissions.mapValues { $0.sorted { ($0.year, $0.stage) < ($1.year, $1.stage) } }
        certificateHolders = catalog.certificates.map { FacilityRecordLinks.canonical($0.holder) }
    }
}

/// Builds the record of one place from the catalogue and what its origins say.
private struct FacilityRecordBuilder {
    let catalog: Catalog
    let byPlace: CatalogByPlace
    let links: FacilityRecordLinks
    let issued: CalendarDate
    let place: FacilityOrigins.Place
    let processClasses: FacilityProcessClasses

    /// What the origins say of the place's aimag and soum, when they say one thing.
    var region: String? { place.regions.count == 1 ? place.regions.first : nil }
    var district: String? { place.districts.count == 1 ? place.districts.first : nil }

    /// What the origins disagree on, in words (`several aimags (regions): A, B`).
    var disagreements: [String] {
        var found: [String] = []
        if place.regions.count > 1 { found.append("several aimags (regions): \(place.regions.sorted().joined(separator: ", "))") }
        if place.districts.count > 1 { found.append("several soums (districts): \(place.districts.sorted().joined(separator: ", "))") }
        return found
    }

    /// The record of a catalogue facility, operated by its operator and by the producers of its origin lots.
    func record(of facility: Facility) -> FacilityRecord {
        let url = links.url(gln: facility.gln)
        var related: [FacilityRecord.RelatedParty] = []
        if let operating = links.party(facility.operatorID) { related.append(.init(role: "operator", party: Self.identifiedByGLN(operating))) }
        for producer in producers() where !related.contains(where: { $0.party.gln == producer.gln }) {
            related.append(.init(role: "producer", party: producer))
        }
        let certificates = certificates(heldBy: [FacilityRecordLinks.canonical(facility.id)] + related.map(\.party.id))
        let herders = catalog.herderOrganisations.first { $0.facility == facility.id }
        return FacilityRecord(
            gln: facility.gln, url: url, issuer: catalog.issuer, issued: issued,
            facilityID: "\(DigitalLink.canonicalBase)/414/\(facility.gln)", name: facility.name, registeredID: facility.gln,
            idScheme: .placeGLN,
            address: .init(
                streetAddress: facility.address, postalCode: facility.postalCode, locality: district ?? facility.locality,
                region: region ?? facility.region, country: facility.country),
            coordinates: facility.coordinates, processClasses: processClasses.classes(process: facility.process, fibres: place.fibres),
            relatedParties: related, claims: certificates.claims, certificateDocuments: certificates.documents,
            rangelandStatus: herders?.latestAssessment, emissions: emissions(of: facility.id))
    }

    /// The record of the place where `producer`'s origin lots were recorded, which the catalogue
    /// does not list: identified by that place's GLN when the lots name one place, else by the record itself.
    func record(producedBy producer: Party) -> FacilityRecord {
        let url = links.url(gln: producer.gln)
        let party = Self.identifiedByGLN(producer)
        let locations = Set(place.locations.map(FacilityRecordLinks.canonical))
        let placeLink = locations.count == 1 ? locations.first.flatMap { try? DigitalLink.parse($0) } : nil
        let placeGLN = placeLink?.primaryKey.ai == "414" && placeLink?.qualifiers.isEmpty == true ? placeLink?.primaryKey.value : nil
        let certificates = certificates(heldBy: [party.id])
        let facilityID = placeGLN.map { "\(DigitalLink.canonicalBase)/414/\($0)" }
        return FacilityRecord(
            gln: producer.gln, url: url, issuer: catalog.issuer, issued: issued,
            facilityID: facilityID ?? url + "#facility", name: producer.name,
            registeredID: placeGLN, idScheme: placeGLN == nil ? .init(id: party.id, name: party.name) : .placeGLN,
            address: .init(
                streetAddress: producer.address, postalCode: nil, locality: district, region: region,
                country: (place.countries.count == 1 ? place.countries.first : nil) ?? producer.country),
            coordinates: nil, processClasses: processClasses.classes(process: nil, fibres: place.fibres),
            relatedParties: [.init(role: "producer", party: party)], claims: certificates.claims,
            certificateDocuments: certificates.documents, rangelandStatus: catalog.herderOrganisation(producer.id)?.latestAssessment,
            emissions: facilityID.map(emissions) ?? [])
    }

    /// The catalogue's emissions declarations for the place `facility` (a Digital Link), oldest year first.
    private func emissions(of facility: String) -> [EmissionsDeclaration] {
        byPlace.emissions[FacilityRecordLinks.canonical(facility)] ?? []
    }

    /// The catalogue parties that produced the place's origin lots, by GLN.
    private func producers() -> [Party] {
        var byGLN: [String: Party] = [:]
        for id in place.producers { if let party = links.party(id) { byGLN[party.gln] = Self.identifiedByGLN(party) } }
        return byGLN.keys.sorted().map { byGLN[$0]! }
    }

    /// The catalogue's certificates valid on the day of issue that one of `holders` holds or the
    /// place's origin lots cite, in catalogue order: as claims when they name a conformity topic
    /// and a scheme URL, as linked documents otherwise.
    private func certificates(heldBy holders: [String]) -> (claims: [FacilityRecord.ConformityClaim], documents: [Certificate]) {
        let holders = Set(holders)
        var claims: [FacilityRecord.ConformityClaim] = []
        var documents: [Certificate] = []
        for (certificate, holder) in zip(catalog.certificates, byPlace.certificateHolders) where certificate.isValid(on: issued) {
            guard holders.contains(holder) || place.certificateIDs.contains(certificate.id) else {
                continue
            }
            if let topic = certificate.conformityTopic.flatMap(ConformityTopicConcept.init(catalogCode:)), let schemeURL = certificate.schemeURL {
                claims.append(.init(certificate: certificate, topic: topic, schemeURL: schemeURL))
            } else {
                documents.append(certificate)
            }
        }
        return (claims, documents)
    }

    /// `party` identified by its GLN Digital Link (AI 417).
    private static func identifiedByGLN(_ party: Party) -> Party {
        var party = party
        party.id = "\(DigitalLink.canonicalBase)/417/\(party.gln)"
        return party
    }
}
