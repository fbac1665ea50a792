import TestSupport

@testable import Passport

extension DemoFixtures {
    /// The base URL the demo site is published at.
    static let baseURL = "https://dpp.example.com"

    /// The origins of every demo passport, gathered for the facility records.
    static func facilityOrigins(links: FacilityRecordLinks) throws -> FacilityOrigins {
        let generator = PassportGenerator(catalog: try catalog(), graph: try graph(), baseURL: baseURL)
        var origins = FacilityOrigins()
        for assembly in generator.assembleAll() {
            origins.add(assembly.assembled?.passport.origins ?? [], links: links)
        }
        return origins
    }
}

extension Passport.Origin {
    /// An origin lot (`lot`) recorded at `location`, produced by `producer`.
    static func recorded(
        at location: String?, by producer: String?, region: String? = nil, district: String? = nil, lot: String? = nil
    ) -> Self {
        var origin = Passport.Origin()
        origin.lotID = lot
        origin.location = location
        origin.producer = producer
        origin.region = region
        origin.district = district
        origin.country = "MN"
        origin.materialType = Passport.Classification(
            code: "cashmere", name: "cashmere", schemeID: Passport.Origin.fibreScheme.id, schemeName: Passport.Origin.fibreScheme.name)
        return origin
    }
}
