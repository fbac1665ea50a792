import GS1

/// Where the Digital Facility Record of each place is published, and which record a passport's
/// origin links to: the map the passports' origins are linked through.
///
/// A record is named by a GLN and published at `<base>/facilities/<gln>.jsonld` (and `.jwt` when
/// signed). An origin links to the record of the place its lot was recorded at (its location)
/// when the catalogue lists that facility, else to the record of its producer, a catalogue party,
/// named by the party's GLN (AI 417); an origin with neither has no record. The record of a GLN is
/// the catalogue facility with that GLN when there is one (a party and its place may share a
/// GLN), else the party's.
public struct FacilityRecordLinks: Sendable {
    /// The base URL of the publishing site, without a trailing slash.
    public let baseURL: String
    private let facilities: [String: Facility]
    private let parties: [String: Party]

    /// The folder of the records below the site's root.
    public static let folder = "facilities"

    public init(catalog: Catalog, baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        // The first of the catalogue's entries with an identifier wins, as `Catalog.facility(_:)` finds it.
        facilities = Dictionary(catalog.facilities.map { (Self.canonical($0.id), $0) }, uniquingKeysWith: { first, _ in first })
        parties = Dictionary(catalog.parties.map { (Self.canonical($0.id), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The GLN naming the record of an origin recorded at `location` (a place's Digital Link)
    /// whose lot `producer` (a party's Digital Link) produced; `nil` when neither is in the catalogue.
    public func recordGLN(location: String?, producer: String?) -> String? {
        location.flatMap(facility)?.gln ?? producer.flatMap(party)?.gln
    }

    /// The URL of the record `origin` links to, or `nil` when it has none: neither its place nor
    /// its producer is in the catalogue (``FacilityRecords`` warns of it: `DFR-ORIGIN-UNLINKED`).
    public func url(for origin: Passport.Origin) -> String? {
        recordGLN(location: origin.location, producer: origin.producer).map(url(gln:))
    }

    /// The URL of the record named by `gln`: its credential id.
    public func url(gln: String) -> String { "\(baseURL)/\(Self.folder)/\(gln).jsonld" }

    /// The catalogue facility whose Digital Link is `id`, in any form that identifies the same place.
    func facility(_ id: String) -> Facility? { facilities[Self.canonical(id)] }

    /// The catalogue party whose Digital Link is `id`, in any form that identifies the same party.
    func party(_ id: String) -> Party? { parties[Self.canonical(id)] }

    /// `id` as a canonical Digital Link, or as given when it is not one.
    static func canonical(_ id: String) -> String { (try? DigitalLink.parse(id))?.canonicalURI ?? id }
}
