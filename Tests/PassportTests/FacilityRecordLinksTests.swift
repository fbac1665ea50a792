import TestSupport
import Testing

@testable import Passport

/// Which record an origin links to, and where records are published.
@Suite struct FacilityRecordLinksTests {
    static let links = try! FacilityRecordLinks(catalog: DemoFixtures.catalog(), baseURL: "https://dpp.example.com/")

    @Test(
        arguments: [
            // A place the catalogue lists: its record, whoever produced the lot.
            ("https://id.gs1.org/414/9521234001027", "https://id.gs1.org/417/9521234001027", "9521234001027"),
            ("https://id.gs1.org/414/9521234001027", nil, "9521234001027"),
            // The same place written on another domain is the same place.
            ("https://resolver.example.com/414/9521234001027", nil, "9521234001027"),
            // A place the catalogue does not list: the producer's record, by the party's GLN.
            ("https://id.gs1.org/414/9521234009993", "https://id.gs1.org/417/9521234001195", "9521234001195"),
            (nil, "https://id.gs1.org/417/9524321000170", "9524321000170"),
        ] as [(String?, String?, String)])
    func anOriginLinksToItsPlaceElseToItsProducer(location: String?, producer: String?, gln: String) {
        let origin = Passport.Origin.recorded(at: location, by: producer)
        #expect(Self.links.recordGLN(location: location, producer: producer) == gln)
        #expect(Self.links.url(for: origin) == "https://dpp.example.com/facilities/\(gln).jsonld")
    }

    @Test(
        arguments: [
            ("https://id.gs1.org/414/9521234009993", "https://id.gs1.org/417/9521234009986"),
            (nil, nil),
            ("not a link", "urn:uuid:5c0a7e10-2026-4d00-9b00-000000000001"),
        ] as [(String?, String?)])
    func anOriginWithNeitherInTheCatalogueHasNoRecord(location: String?, producer: String?) {
        #expect(Self.links.url(for: .recorded(at: location, by: producer)) == nil)
    }
}
