import TestSupport
import Testing

@testable import Passport

/// Each origin of a passport, and each herder place's facility record, carries its herder
/// organisation's latest rangeland status and the certificates it holds on the day; nothing for
/// a group without a report.
@Suite struct HerderEvidenceTests {
    static let bayanUul = "https://id.gs1.org/417/9521234001027"
    static let tsagaanNuur = "https://id.gs1.org/417/9521234001331"

    /// The origins of every demo passport, by producer.
    static func demoOrigins() throws -> [String: [Passport.Origin]] {
        let generator = PassportGenerator(catalog: try DemoFixtures.catalog(), graph: try DemoFixtures.graph(), baseURL: DemoFixtures.baseURL)
        let origins = generator.assembleAll().compactMap(\.assembled?.passport).flatMap(\.origins)
        return Dictionary(grouping: origins) { $0.producer ?? "" }
    }

    @Test func anOriginCarriesItsGroupsLatestReportAndItsCertificatesValidOnTheDay() throws {
        let origins = try #require(try Self.demoOrigins()[Self.bayanUul])
        #expect(!origins.isEmpty)
        for origin in origins {
            // Copied by hand from the demo catalogue's report BKH-2025-014.
            #expect(
                origin.rangelandStatus
                    == Passport.RangelandStatus(
                        assessedOn: CalendarDate("2025-08-14"), recoveryClass: "II", ecologicalSiteGroup: "Desert steppe, loamy", stockingRate: 12983,
                        carryingCapacity: 11800, source: "Demo data: monitoring report BKH-2025-014"))
            // The SFA certificate (from 2026-01-15) and Responsible Nomads (from 2026-03-01), both valid in summer 2026.
            #expect(origin.herderCertifications.map(\.scheme) == ["SFA Cashmere Standard", "Responsible Nomads"])
            #expect(origin.herderCertifications.map(\.validUntil) == [CalendarDate("2029-01-14"), CalendarDate("2029-02-28")])
        }
    }

    @Test func aGroupWithoutAReportHasNoStatusNotAZeroOne() throws {
        let origins = try #require(try Self.demoOrigins()[Self.tsagaanNuur])
        #expect(!origins.isEmpty)
        #expect(origins.allSatisfy { $0.rangelandStatus == nil })
        #expect(origins.allSatisfy { $0.herderCertifications.map(\.scheme) == ["Organic Content Standard"] })
    }

    @Test func aCertificateNotValidOnThePassportsDayIsLeftOut() throws {
        var catalog = try DemoFixtures.catalog()
        let assembler = PassportAssembler(catalog: catalog, baseURL: DemoFixtures.baseURL, version: .v070)
        var origin = Passport.Origin()
        origin.producer = Self.bayanUul
        // On 2026-02-01 the Responsible Nomads certificate (from 2026-03-01) is not yet valid.
        assembler.addHerderEvidence(to: &origin, on: CalendarDate("2026-02-01"))
        #expect(origin.herderCertifications.map(\.scheme) == ["SFA Cashmere Standard"])
        // A producer that is no herder organisation gets nothing.
        catalog.herderOrganisations = []
        var supplier = Passport.Origin()
        supplier.producer = Self.bayanUul
        PassportAssembler(catalog: catalog, baseURL: DemoFixtures.baseURL, version: .v070).addHerderEvidence(
            to: &supplier, on: CalendarDate("2026-08-01"))
        #expect(supplier.rangelandStatus == nil && supplier.herderCertifications.isEmpty)
    }

    @Test func theHerderPlacesRecordsClaimTheirRecoveryClass() throws {
        let records = try FacilityRecordsTests.records().records
        let bayanUul = try #require(records.first { $0.gln == "9521234001027" })
        #expect(bayanUul.rangelandStatus?.recoveryClass == .ii)
        let claims = try #require(FacilityRecordDocument.encode(bayanUul)["credentialSubject"]?["performanceClaim"]?.arrayValue)
        let rangeland = try #require(claims.first { $0["id"]?.stringValue?.hasSuffix("#rangeland") == true })
        #expect(rangeland["name"] == "Rangeland health: recovery class II")
        #expect(rangeland["claimDate"] == "2025-08-14")
        #expect(rangeland["claimedPerformance"]?[0]?["score"] == ["code": "II", "rank": 2])
        let tsagaanNuur = try #require(records.first { $0.gln == "9521234001331" })
        #expect(tsagaanNuur.rangelandStatus == nil)
        let tsagaanClaims = FacilityRecordDocument.encode(tsagaanNuur)["credentialSubject"]?["performanceClaim"]?.arrayValue ?? []
        #expect(!tsagaanClaims.contains { $0["name"]?.stringValue?.hasPrefix("Rangeland") == true })
    }
}
