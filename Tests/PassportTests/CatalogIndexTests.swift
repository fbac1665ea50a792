import CivilCalendar
import TestSupport
import Testing

@testable import Passport

/// Catalogue look-ups by identifier: the first one listed with an identifier, as a scan finds
/// it, and the lists' changes seen at once.
@Suite struct CatalogIndexTests {
    @Test func everyIdentifierFindsTheFirstListedWithIt() throws {
        var catalog = try DemoFixtures.catalog()
        for party in catalog.parties { #expect(catalog.party(party.id) == catalog.parties.first { $0.id == party.id }) }
        for facility in catalog.facilities { #expect(catalog.facility(facility.id) == catalog.facilities.first { $0.id == facility.id }) }
        for certificate in catalog.certificates { #expect(catalog.certificate(certificate.id)?.number == certificate.number) }
        for organisation in catalog.herderOrganisations { #expect(catalog.herderOrganisation(organisation.party) == organisation) }
        #expect(catalog.party("https://id.gs1.org/417/0000000000000") == nil && catalog.facility("") == nil)
        // A second party listed with the first's identifier is not the one found.
        var twin = catalog.parties[0]
        twin.name = "Listed second"
        catalog.parties.append(twin)
        #expect(catalog.party(twin.id)?.name == catalog.parties[0].name)
        catalog.parties.insert(twin, at: 0)
        #expect(catalog.party(twin.id)?.name == "Listed second")
    }

    @Test func aChangedListIsSeenAtOnce() throws {
        var catalog = try DemoFixtures.catalog()
        let facility = catalog.facilities[1]
        catalog.facilities[1].id = "https://id.gs1.org/414/9521234999990"
        #expect(catalog.facility("https://id.gs1.org/414/9521234999990")?.name == facility.name)
        #expect(catalog.facility(facility.id) == nil)
        catalog.facilities.removeAll()
        #expect(catalog.facility("https://id.gs1.org/414/9521234999990") == nil)
        let gtin = try #require(catalog.products.first?.gtin)
        catalog.products[0].translations = [:]
        #expect(catalog.texts(ofProduct: gtin).translations.isEmpty)
        catalog.herderOrganisations = []
        #expect(catalog.herderOrganisations.isEmpty && catalog.herderOrganisation("any") == nil)
        catalog.certificates.removeLast()
        let certificate = try #require(catalog.certificates.last)
        #expect(catalog.certificate(certificate.id)?.number == certificate.number)
    }
}

/// A footprint's declarations found by facility, stage and year: the first listed of each.
@Suite struct FootprintDeclarationLookupTests {
    static func declaration(_ stage: String, _ year: Int, _ intensity: Double) -> EmissionsDeclaration {
        EmissionsDeclaration(
            facility: "https://id.gs1.org/414/9521234000013", stage: stage, figure: .intensity(intensity, basis: .rawFibre),
            method: "IPCC Tier 1", source: "test", date: CalendarDate("2026-01-15")!, year: year)
    }

    @Test func theFirstDeclarationOfAFacilityStageAndYearIsFound() {
        let calculator = FootprintCalculator(declarations: [
            Self.declaration("herding", 2026, 1), Self.declaration("herding", 2026, 2), Self.declaration("herding", 2025, 3),
            Self.declaration("dehairing", 2026, 4),
        ])
        let facility = "https://id.gs1.org/414/9521234000013"
        #expect(calculator.declaration(facility: facility, stage: "herding", year: 2026)?.figure == .intensity(1, basis: .rawFibre))
        #expect(calculator.declaration(facility: facility, stage: "herding", year: 2025)?.figure == .intensity(3, basis: .rawFibre))
        #expect(calculator.declaration(facility: facility, stage: "dehairing", year: 2026)?.figure == .intensity(4, basis: .rawFibre))
        #expect(calculator.declaration(facility: facility, stage: "spinning", year: 2026) == nil)
        #expect(calculator.declaration(facility: nil, stage: "herding", year: 2026) == nil)
        #expect(calculator.declaration(facility: facility + "0", stage: "herding", year: 2026) == nil)
    }
}
