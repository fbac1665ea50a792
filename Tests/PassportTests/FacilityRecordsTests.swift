import Diagnostics
import TestSupport
import Testing

@testable import Passport

/// Which facility records a site gets and what each says, from the demo fixtures and from catalogues changed on purpose.
@Suite struct FacilityRecordsTests {
    static let issued = CalendarDate("2026-09-01")!

    static func records(catalog: Catalog? = nil, origins: [Passport.Origin]? = nil) throws -> FacilityRecords {
        let catalog = try catalog ?? DemoFixtures.catalog()
        let links = FacilityRecordLinks(catalog: catalog, baseURL: DemoFixtures.baseURL)
        var gathered = FacilityOrigins()
        if let origins { gathered.add(origins, links: links) } else { gathered = try DemoFixtures.facilityOrigins(links: links) }
        return FacilityRecords(catalog: catalog, origins: gathered, links: links, issued: issued)
    }

    /// One record the demo publishes: its place, what it does, who runs it, the certificates it claims.
    struct Expected: Sendable, CustomStringConvertible {
        var gln: String
        var name: String
        var soum: String?
        var aimag: String?
        var isicCodes: [String]
        var operatorGLN: String
        var certificates: [String]
        /// The certificates linked as documents: those without a scheme URL (the demo's Responsible Nomads ones).
        var documents: [String] = []
        var description: String { name }
    }

    static let manufacturer = "9521234000105"

    /// The demo catalogue with no facility's postal code, locality, region or coordinates.
    static func catalogWithoutLocations() throws -> Catalog {
        var catalog = try DemoFixtures.catalog()
        for index in catalog.facilities.indices {
            catalog.facilities[index].postalCode = nil
            catalog.facilities[index].locality = nil
            catalog.facilities[index].region = nil
            catalog.facilities[index].coordinates = nil
        }
        return catalog
    }

    /// The manufacturer's three facilities, the silk supplier's mill and five herder cooperatives in five aimags.
    static let demo: [Expected] = [
        .init(
            gln: "9521234000273", name: "Khangai dehairing and scouring plant", soum: "Darkhan", aimag: "Darkhan-Uul", isicCodes: ["1311"],
            operatorGLN: manufacturer, certificates: []),
        .init(
            gln: "9521234000341", name: "Khangai spinning mill", soum: "Songinokhairkhan", aimag: "Ulaanbaatar", isicCodes: ["1311"],
            operatorGLN: manufacturer, certificates: []),
        .init(
            gln: "9521234000419", name: "Khangai knitting factory", soum: "Khan-Uul", aimag: "Ulaanbaatar", isicCodes: ["1430"],
            operatorGLN: manufacturer, certificates: []),
        .init(
            gln: "9521234001027", name: "Bayan-Uul Herders' Cooperative pastures", soum: "Bayan-Ovoo", aimag: "Bayankhongor",
            isicCodes: ["0144"], operatorGLN: "9521234001027", certificates: ["SFA-MN-2026-0102"],
            documents: ["RN-MN-2026-0031"]),
        .init(
            gln: "9521234001195", name: "Altai Ovoo Herders' Cooperative pastures", soum: "Tonkhil", aimag: "Govi-Altai", isicCodes: ["0144"],
            operatorGLN: "9521234001195", certificates: ["SFA-MN-2026-0119"]),
        .init(
            gln: "9521234001263", name: "Orkhon Valley Herders' Cooperative pastures", soum: "Khujirt", aimag: "Övörkhangai",
            isicCodes: ["0144"], operatorGLN: "9521234001263", certificates: ["SFA-MN-2025-0126", "RWS-MN-2026-0126"],
            documents: ["RN-MN-2025-0044"]),
        .init(
            gln: "9521234001331", name: "Tsagaan Nuur Yak Herders' Cooperative pastures", soum: "Tariat", aimag: "Arkhangai",
            isicCodes: ["0141"], operatorGLN: "9521234001331", certificates: ["OCS-MN-2026-0133"]),
        .init(
            gln: "9521234001409", name: "Gobi Temee Camel Herders' Cooperative pastures", soum: "Bayandalai", aimag: "Ömnögovi",
            isicCodes: ["0143"], operatorGLN: "9521234001409", certificates: ["OCS-MN-2026-0140"]),
        .init(
            gln: "9524321000170", name: "Example Silk Weaving Co. mill", soum: "Suzhou", aimag: "Jiangsu", isicCodes: ["1312"],
            operatorGLN: "9524321000170", certificates: ["OTX-2026-CN-0017"]),
    ]

    @Test func theDemoHasARecordForEachFacilityOfTheManufacturerAndEachOriginsPlace() throws {
        #expect(try Self.records().records.map(\.gln) == Self.demo.map(\.gln))
    }

    @Test(arguments: demo)
    func aDemoRecordSaysWhatTheCatalogueAndTheOriginsSay(expected: Expected) throws {
        let record = try #require(try Self.records().records.first { $0.gln == expected.gln })
        #expect(record.url == "https://dpp.example.com/facilities/\(expected.gln).jsonld")
        #expect(record.facilityID == "https://id.gs1.org/414/\(expected.gln)")
        #expect(record.registeredID == expected.gln && record.idScheme == .placeGLN)
        #expect(record.name == expected.name)
        #expect(record.address.locality == expected.soum)
        #expect(record.address.region == expected.aimag)
        // The demo catalogue gives every facility's postal code and coordinates: nothing the DFR schema requires is absent.
        #expect(record.address.postalCode != nil && record.coordinates != nil)
        #expect(FacilityRecordDocument.absentRequiredMembers(of: record).isEmpty)
        #expect(record.processClasses.map(\.code) == expected.isicCodes)
        #expect(record.relatedParties.map(\.role) == ["operator"])
        #expect(record.relatedParties.first?.party.id == "https://id.gs1.org/417/\(expected.operatorGLN)")
        #expect(record.claims.map(\.certificate.number) == expected.certificates)
        #expect(record.certificateDocuments.map(\.number) == expected.documents)
        #expect(record.issuer.did == "did:web:dpp.example.com:khangai-cashmere")
    }

    @Test func theFiveCooperativesAreInFiveAimags() throws {
        let cooperatives = try Self.records().records.filter { $0.name.contains("Herders' Cooperative") }
        #expect(cooperatives.count == 5)
        #expect(Set(cooperatives.compactMap(\.address.region)).count == 5)
    }

    @Test func theDemoRecordsLackNothing() throws {
        #expect(try Self.records().diagnostics.isEmpty)
    }

    @Test func everyRecordOfACatalogueWithoutLocationsNamesWhatTheInputsLack() throws {
        let records = try Self.records(catalog: Self.catalogWithoutLocations())
        #expect(records.diagnostics.map(\.ruleID) == Array(repeating: "DFR-INCOMPLETE", count: 9))
        let knitting = try #require(records.diagnostics.first { $0.message.contains("Khangai knitting factory") })
        #expect(knitting.severity == .warning)
        #expect(knitting.location == SourceLocation(file: "catalogue", pointer: "/facilities/2"))
        #expect(
            knitting.message.contains(
                "leaves out locationInformation, address.postalCode, address.addressLocality, address.addressRegion, which the UNTP 0.7.0"))
        #expect(knitting.message.hasSuffix("give the facility's latitude and longitude, postalCode, locality, region"))
    }

    @Test func aFacilityWithItsPostalAddressAndCoordinatesIsComplete() throws {
        var catalog = try Self.catalogWithoutLocations()
        let index = try #require(catalog.facilities.firstIndex { $0.gln == "9521234000419" })
        catalog.facilities[index].postalCode = "17000"
        catalog.facilities[index].locality = "Khan-Uul"
        catalog.facilities[index].region = "Ulaanbaatar"
        catalog.facilities[index].coordinates = Coordinates(latitude: 47.9, longitude: 106.9)
        let records = try Self.records(catalog: catalog, origins: [])
        #expect(records.records.map(\.gln) == ["9521234000273", "9521234000341", "9521234000419"])
        #expect(!records.diagnostics.contains { $0.message.contains("Khangai knitting factory") })
        let record = try #require(records.records.first { $0.gln == "9521234000419" })
        #expect(FacilityRecordDocument.absentRequiredMembers(of: record).isEmpty)
        #expect(record.coordinates == Coordinates(latitude: 47.9, longitude: 106.9))
    }

    @Test func aProducerWhosePlaceTheCatalogueDoesNotListGetsARecordByItsGLN() throws {
        var catalog = try DemoFixtures.catalog()
        catalog.facilities.removeAll { $0.gln == "9521234001195" }
        let producer = "https://id.gs1.org/417/9521234001195"
        let place = "https://id.gs1.org/414/9521234009993"
        let onePlace = try Self.records(catalog: catalog, origins: [.recorded(at: place, by: producer, region: "Govi-Altai", district: "Tonkhil")])
        let record = try #require(onePlace.records.first { $0.gln == "9521234001195" })
        #expect(record.url == "https://dpp.example.com/facilities/9521234001195.jsonld")
        #expect(record.name == "Altai Ovoo Herders' Cooperative")
        // Its lots name one place: the record is that place's.
        #expect(record.facilityID == place && record.registeredID == "9521234009993" && record.idScheme == .placeGLN)
        #expect(record.relatedParties.map(\.role) == ["producer"])
        #expect(record.address.region == "Govi-Altai" && record.address.locality == "Tonkhil")
        #expect(record.processClasses.map(\.code) == ["0144"])
        #expect(record.claims.map(\.certificate.number) == ["SFA-MN-2026-0119"])
        let incomplete = try #require(onePlace.diagnostics.first { $0.message.contains("Altai Ovoo") })
        #expect(incomplete.location.pointer == "/parties/4")
        #expect(incomplete.message.contains("list the place its lots are recorded at among the catalogue's facilities"))
        // Lots at no place, or at several: the record identifies the facility itself, in the producer's scheme.
        for places in [[nil], [place, "https://id.gs1.org/414/9521234009986"]] as [[String?]] {
            let records = try Self.records(catalog: catalog, origins: places.map { .recorded(at: $0, by: producer) })
            let record = try #require(records.records.first { $0.gln == "9521234001195" })
            #expect(record.facilityID == "https://dpp.example.com/facilities/9521234001195.jsonld#facility")
            #expect(record.registeredID == nil)
            #expect(record.idScheme == .init(id: producer, name: "Altai Ovoo Herders' Cooperative"))
        }
    }

    @Test func anOriginWhosePlaceAndProducerTheCatalogueDoesNotKnowGetsNoRecordAndAWarning() throws {
        let lot = "https://id.gs1.org/01/09521234000013/10/RAW-UNKNOWN"
        let records = try Self.records(origins: [
            .recorded(at: "https://id.gs1.org/414/9521234009993", by: "https://id.gs1.org/417/9521234009986", lot: lot),
            .recorded(at: nil, by: nil, lot: lot),
            .recorded(at: nil, by: nil),
        ])
        // Only the manufacturer's facilities: nothing is made up for the unknown place.
        #expect(records.records.map(\.gln) == ["9521234000273", "9521234000341", "9521234000419"])
        let unlinked = records.diagnostics.filter { $0.ruleID == "DFR-ORIGIN-UNLINKED" }
        #expect(unlinked.count == 2)
        #expect(unlinked.allSatisfy { $0.severity == .warning && $0.location == SourceLocation(file: "catalogue", pointer: "/facilities") })
        #expect(unlinked.first?.message.hasPrefix("origin lot (without a Digital Link) was recorded at no place") == true)
        #expect(unlinked.last?.message.hasPrefix("origin lot \(lot) was recorded at no place the catalogue's facilities list") == true)
    }

    @Test func originsThatDisagreeOnTheAimagLeaveItOutAndSaySo() throws {
        let place = "https://id.gs1.org/414/9521234001027"
        let records = try Self.records(
            catalog: Self.catalogWithoutLocations(),
            origins: [
                .recorded(at: place, by: nil, region: "Bayankhongor", district: "Bayan-Ovoo"),
                .recorded(at: place, by: nil, region: "Govi-Altai", district: "Bayan-Ovoo"),
            ])
        let record = try #require(records.records.first { $0.gln == "9521234001027" })
        #expect(record.address.region == nil)
        #expect(record.address.locality == "Bayan-Ovoo")
        let disagreement = try #require(records.diagnostics.first { $0.ruleID == "DFR-ORIGINS-DISAGREE" })
        #expect(disagreement.message.contains("several aimags (regions): Bayankhongor, Govi-Altai"))
        #expect(disagreement.location == SourceLocation(file: "catalogue", pointer: "/facilities/4"))
    }

    @Test func certificatesNotValidOnTheDayAreLeftOutAndThoseWithoutTopicAreLinkedAsDocuments() throws {
        var catalog = try DemoFixtures.catalog()
        // Orkhon Valley holds SFA-MN-2025-0126 and RWS-MN-2026-0126: the first without a topic, the second expired.
        let sfa = try #require(catalog.certificates.firstIndex { $0.number == "SFA-MN-2025-0126" })
        catalog.certificates[sfa].conformityTopic = nil
        let rws = try #require(catalog.certificates.firstIndex { $0.number == "RWS-MN-2026-0126" })
        catalog.certificates[rws].validUntil = CalendarDate("2026-08-31")!
        let records = try Self.records(catalog: catalog)
        let record = try #require(records.records.first { $0.gln == "9521234001263" })
        #expect(record.claims.isEmpty)
        // RN-MN-2025-0044 has no scheme URL, so it is a document too.
        #expect(record.certificateDocuments.map(\.number) == ["SFA-MN-2025-0126", "RN-MN-2025-0044"])
    }
}
