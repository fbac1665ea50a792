/// The Digital Product Passport of one product lot, assembled from the catalogue and the trace.
///
/// This is the typed form every renderer works from; its JSON-LD form is ``PassportDocument``.
public struct Passport: Sendable, Hashable {
    /// The GS1 Digital Link of the lot on the publishing site (what the QR code encodes).
    public var link: String
    /// Where the passport's JSON-LD is published.
    public var credentialURL: String
    /// The base URL of the publishing site, without a trailing slash.
    public var baseURL: String
    public var lot: String
    public var issuer: Issuer
    /// When the lot was produced (the producing event's time), the passport's `validFrom`.
    public var producedAt: String
    public var product: CatalogProduct
    public var manufacturer: Party?
    public var facility: Facility?
    public var importer: Party?
    /// Where the fibre came from, with each origin lot's share of the product's fibre mass.
    public var origins: [FibreOrigin]
    /// The share of the fibre mass traced to origin lots (0 to 1).
    public var tracedMassFraction: Double
    /// The steps from herder to garment, oldest first.
    public var journey: [JourneyStep]
    /// Every certificate the passport rests on, from the trace and the claims.
    public var certificates: [Certificate]
    /// The product's claims with the certificates that back them.
    public var claims: [BackedClaim]

    /// The production date (the date part of ``producedAt``).
    public var productionDate: String { String(producedAt.prefix(10)) }

    /// The URL of the textile JSON-LD context on the publishing site.
    public var contextURL: String { baseURL + PassportDocument.contextPath }
}

/// One origin lot of the fibre in a product lot.
public struct FibreOrigin: Sendable, Hashable {
    /// The canonical Digital Link of the origin lot.
    public var lotID: String
    /// The fibre key (`cashmere`, `yak`...), from the origin's ILMD.
    public var fibre: String?
    public var species: String?
    /// The share of the product's fibre mass from this lot (0 to 1).
    public var massFraction: Double
    /// ISO 3166-1 alpha-2.
    public var country: String?
    /// The aimag (province) or region.
    public var region: String?
    public var district: String?
    /// The herder organisation or supplier (a party Digital Link) and its name.
    public var producer: String?
    public var producerName: String?
    /// The place the lot was commissioned at.
    public var location: String?
    public var harvestMethod: String?
    public var harvestDate: String?
    /// The certificates cited for the lot (URLs).
    public var certificateIDs: [String]
}

/// One process step in the journey from herder to garment.
public struct JourneyStep: Sendable, Hashable {
    /// The event time (ISO 8601).
    public var time: String
    /// The EPCIS event identifier.
    public var eventID: String?
    /// The CBV business step (`commissioning`, `shipping`...).
    public var businessStep: String?
    /// The process in words (`herding`, `dehairing`, `spinning`, `knitting`...).
    public var process: String
    /// The place (Digital Link) and its name when the catalogue knows it.
    public var location: String?
    public var locationName: String?
    public var inputs: [String]
    public var outputs: [String]
    /// Fibre test results measured at this step.
    public var measurements: [FibreMeasurement]
}

/// A fibre test result from a sensor report (e.g. mean fibre diameter by IWTO-47).
public struct FibreMeasurement: Sendable, Hashable {
    public var lotID: String?
    public var quantity: String
    public var meanValue: Double?
    public var standardDeviation: Double?
    public var percentileRank: Double?
    public var percentileValue: Double?
    /// UN/ECE Rec 20 unit code (`4H` micrometre).
    public var unit: String?
    public var method: String?
}

/// A product claim and the certificates that back it.
public struct BackedClaim: Sendable, Hashable {
    public var claim: ProductClaim
    /// The URLs of the certificates or reports that are its evidence.
    public var evidence: [String]
}
