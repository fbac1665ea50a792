import GS1

/// One origin lot: where and by whom the fibre was first recorded, and its share of the traced item.
public struct TraceOrigin: Sendable, Hashable {
    /// The origin lot, as a canonical Digital Link.
    public var id: String
    /// The share of the traced item's mass that came from this lot, 0...1.
    public var massFraction: Double
    /// The ISO 3166 alpha-2 country of origin (ILMD `cbvmda:countryOfOrigin`), when given.
    public var country: String?
    /// The place the lot was commissioned (business location, else read point), a canonical Digital Link.
    public var location: String?
    /// The party that owns the lot (an owning-party source, else a party Digital Link in the ILMD).
    public var party: String?
    /// The region: the first ILMD field named `aimag`, `region`, `province` or `subdivision`
    /// (in any namespace, the textile `region` among them) that holds text.
    public var region: String?
    /// Certificate references: the commissioning event's `certificationInfo` and ILMD certificate fields.
    public var certificates: [String]
    /// The fibre key (`cashmere`, `yak`...): the textile ILMD `fibre`.
    public var fibre: String?
    /// The animal or plant species: the textile ILMD `species`.
    public var species: String?
    /// The district (soum) within the region: the textile ILMD `district`.
    public var district: String?
    /// The herder organisation or supplier that produced the fibre, as the textile ILMD `producer` gives it.
    public var producer: String?
    /// How the fibre was harvested (`combed`, `shorn`...): the textile ILMD `harvestMethod`.
    public var harvestMethod: String?
    /// All the lot's ILMD fields.
    public var ilmd: [ExtensionField]
    /// When the lot was commissioned.
    public var commissionedAt: EPCISTime?

    public init(
        id: String, massFraction: Double, country: String? = nil, location: String? = nil, party: String? = nil,
        region: String? = nil, certificates: [String] = [], fibre: String? = nil, species: String? = nil,
        district: String? = nil, producer: String? = nil, harvestMethod: String? = nil, ilmd: [ExtensionField] = [],
        commissionedAt: EPCISTime? = nil
    ) {
        self.id = id
        self.massFraction = massFraction
        self.country = country
        self.location = location
        self.party = party
        self.region = region
        self.certificates = certificates
        self.fibre = fibre
        self.species = species
        self.district = district
        self.producer = producer
        self.harvestMethod = harvestMethod
        self.ilmd = ilmd
        self.commissionedAt = commissionedAt
    }

    /// The origin `lot` with its `massFraction` of the traced item, read from the event that commissioned it.
    init(lot: String, massFraction: Double, commissionedBy event: EPCISEvent) {
        var normalizer = IdentifierNormalizer()
        let ilmd = event.ilmd
        let partyFromILMD = ilmd.compactMap(\.value.text).map { normalizer.canonical($0).canonical }.first {
            $0.hasPrefix("\(DigitalLink.canonicalBase)/417/")
        }
        let ownerFromSources = event.sourceList.first { $0.type == "owning_party" }?.id
        let certificatesInILMD = ilmd.filter { Self.namesCertificate($0.name) }.compactMap(\.value.text)
        self.init(
            id: lot, massFraction: massFraction,
            country: ilmd.text("countryOfOrigin", in: ExtensionField.cbvMasterData),
            location: event.bizLocation ?? event.readPoint,
            party: ownerFromSources ?? partyFromILMD,
            region: ilmd.first { Self.regionNames.contains($0.name.lowercased()) && $0.value.text != nil }?.value.text,
            certificates: event.certificationInfo + certificatesInILMD,
            fibre: ilmd.text(.fibre), species: ilmd.text(.species), district: ilmd.text(.district),
            producer: ilmd.text(.producer), harvestMethod: ilmd.text(.harvestMethod),
            ilmd: ilmd,
            commissionedAt: event.eventTime)
    }

    private static let regionNames: Set<String> = ["aimag", "region", "province", "subdivision"]

    /// Whether an ILMD field's `name` holds `certif` in any case: over its bytes when it is
    /// ASCII (every name seen), else over its lower-cased characters.
    static func namesCertificate(_ name: String) -> Bool {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.lowercased().contains("certif") }
        let needle = Array("certif".utf8)
        let bytes = Array(name.utf8)
        guard bytes.count >= needle.count else { return false }
        // ASCII letters lower-cased by setting bit 5; the needle is letters only.
        return (0...(bytes.count - needle.count)).contains { start in
            needle.indices.allSatisfy { bytes[start + $0] | 0x20 == needle[$0] }
        }
    }
}
