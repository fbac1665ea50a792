/// Where each party, facility, certificate, herder organisation and product of a catalogue is
/// found by its identifier: the position of the first one listed with it, as a scan from the
/// start finds it, in time that does not grow with the catalogue.
struct CatalogIndex: Sendable, Hashable {
    private(set) var parties: [String: Int] = [:]
    private(set) var facilities: [String: Int] = [:]
    private(set) var certificates: [String: Int] = [:]
    private(set) var herderOrganisations: [String: Int] = [:]
    private(set) var products: [String: Int] = [:]

    /// The positions of the first element of each key in `elements`, keyed by `key`.
    static func firstPositions<Element>(_ elements: [Element], by key: (Element) -> String) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() where positions[key(element)] == nil { positions[key(element)] = position }
        return positions
    }

    /// The index of an empty catalogue.
    init() {}

    /// The index of `catalog`'s lists.
    init(of catalog: Catalog) {
        index(parties: catalog.parties)
        index(facilities: catalog.facilities)
        index(certificates: catalog.certificates)
        index(herderOrganisations: catalog.herderOrganisations)
        index(products: catalog.products)
    }

    mutating func index(parties list: [Party]) { parties = Self.firstPositions(list, by: \.id) }
    mutating func index(facilities list: [Facility]) { facilities = Self.firstPositions(list, by: \.id) }
    mutating func index(certificates list: [Certificate]) { certificates = Self.firstPositions(list, by: \.id) }
    mutating func index(herderOrganisations list: [HerderOrganisation]) { herderOrganisations = Self.firstPositions(list, by: \.party) }
    mutating func index(products list: [CatalogProduct]) { products = Self.firstPositions(list, by: \.gtin) }
}
