/// What the origins of a site's passports say about the places that get facility records,
/// gathered passport by passport; the order passports are added in does not change the result.
///
/// It holds one small entry per record and one per origin lot that links to none, whatever the
/// number of passports.
public struct FacilityOrigins: Sendable {
    /// What the origins linked to one record say, each fact as the set of the values given.
    struct Place: Sendable, Hashable {
        var regions: Set<String> = []
        var districts: Set<String> = []
        var countries: Set<String> = []
        var fibres: Set<String> = []
        var certificateIDs: Set<String> = []
        /// Where the lots were recorded (Digital Links), as the origins give them.
        var locations: Set<String> = []
        /// Who produced the lots (Digital Links), as the origins give them.
        var producers: Set<String> = []
    }

    /// The places by the GLN naming their record.
    private(set) var places: [String: Place] = [:]
    /// The origin lots (their Digital Links, or `nil` for a lot without one) whose place the
    /// catalogue does not list and whose producer is no catalogue party: no record describes them.
    private(set) var unlinkedLots: Set<String?> = []

    public init() {}

    /// Adds the origins of one passport: each to the record ``FacilityRecordLinks`` links it to.
    public mutating func add(_ origins: [Passport.Origin], links: FacilityRecordLinks) {
        for origin in origins {
            guard let gln = links.recordGLN(location: origin.location, producer: origin.producer) else {
                unlinkedLots.insert(origin.lotID)
                continue
            }
            places[gln, default: Place()].add(origin)
        }
    }
}

extension FacilityOrigins.Place {
    /// Adds what `origin` says.
    mutating func add(_ origin: Passport.Origin) {
        if let region = origin.region { regions.insert(region) }
        if let district = origin.district { districts.insert(district) }
        if let country = origin.country { countries.insert(country) }
        if let fibre = origin.fibre { fibres.insert(fibre) }
        certificateIDs.formUnion(origin.certificateIDs.compactMap { $0 })
        if let location = origin.location { locations.insert(location) }
        if let producer = origin.producer { producers.insert(producer) }
    }
}
