/// A processor's product catalogue: its products and the parties, facilities and certificates
/// they rest on. The traceability events supply the lots.
public struct Catalog: Sendable, Hashable {
    public var issuer: Issuer
    public var parties: [Party] { didSet { index.index(parties: parties) } }
    public var facilities: [Facility] { didSet { index.index(facilities: facilities) } }
    public var certificates: [Certificate] { didSet { index.index(certificates: certificates) } }
    /// The herder organisations whose fibre the origin lots carry, with the evidence behind it.
    public var herderOrganisations: [HerderOrganisation] { didSet { index.index(herderOrganisations: herderOrganisations) } }
    public var products: [CatalogProduct] { didSet { index.index(products: products) } }
    /// Greenhouse-gas declarations of herder groups and processing facilities, by stage and year.
    public var emissions: [EmissionsDeclaration]
    /// The BCP 47 language the catalogue's text is written in.
    public var language: String
    /// Where the lists above hold each identifier, kept as they change.
    private var index = CatalogIndex()

    public init(
        issuer: Issuer, parties: [Party], facilities: [Facility], certificates: [Certificate],
        herderOrganisations: [HerderOrganisation] = [], products: [CatalogProduct],
        emissions: [EmissionsDeclaration] = [], language: String = "en"
    ) {
        self.issuer = issuer
        self.parties = parties
        self.facilities = facilities
        self.certificates = certificates
        self.herderOrganisations = herderOrganisations
        self.products = products
        self.emissions = emissions
        self.language = language
        index = CatalogIndex(of: self)
    }

    /// The party whose Digital Link is `id` (the first listed with it).
    public func party(_ id: String) -> Party? { index.parties[id].map { parties[$0] } }

    /// The facility whose Digital Link is `id` (the first listed with it).
    public func facility(_ id: String) -> Facility? { index.facilities[id].map { facilities[$0] } }

    /// The certificate whose URL is `id` (the first listed with it).
    public func certificate(_ id: String) -> Certificate? { index.certificates[id].map { certificates[$0] } }

    /// The herder organisation whose party Digital Link is `party` (an origin lot's producer; the first listed).
    public func herderOrganisation(_ party: String) -> HerderOrganisation? { index.herderOrganisations[party].map { herderOrganisations[$0] } }

    /// The text of the product whose GTIN is `gtin` for people: the catalogue's language and the
    /// product's translations (the first product listed with the GTIN).
    public func texts(ofProduct gtin: String) -> ProductTexts {
        ProductTexts(language: language, translations: index.products[gtin].map { products[$0].translations } ?? [:])
    }
}

/// Who issues the passports: a W3C DID and a GLN.
public struct Issuer: Sendable, Hashable {
    public var name: String
    public var did: String
    public var gln: String
}

/// A company or organisation in the chain (AI 417 Digital Link).
public struct Party: Sendable, Hashable {
    public var id: String
    public var gln: String
    public var name: String
    public var country: String
    public var address: String?
    /// The electronic addresses consumers reach the party at (GPSR Art. 9(6) and 11(3)).
    public var email: String?
    public var website: String?
    public var role: String
    public var eori: String?
}

/// A physical place where something happens (AI 414 Digital Link).
public struct Facility: Sendable, Hashable {
    public var id: String
    public var gln: String
    public var name: String
    public var country: String
    /// The address as one line of text.
    public var address: String?
    public var postalCode: String? = nil
    /// The town, city or district (a soum in Mongolia).
    public var locality: String? = nil
    /// The province or state (an aimag in Mongolia).
    public var region: String? = nil
    /// Where the facility is, when the catalogue gives it.
    public var coordinates: Coordinates? = nil
    public var operatorID: String
    public var process: String?
}

/// A point on the Earth in WGS 84 decimal degrees.
public struct Coordinates: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A certificate held by a party, with its scope and validity.
public struct Certificate: Sendable, Hashable {
    public var id: String
    public var scheme: String
    public var schemeURL: String?
    public var number: String
    public var issuer: String
    public var holder: String
    public var fibres: [String]
    public var activities: [String]
    public var validFrom: CalendarDate
    public var validUntil: CalendarDate
    public var conformityTopic: String?

    /// Whether the certificate is valid on `date` (both ends included).
    public func isValid(on date: CalendarDate) -> Bool { validFrom <= date && date <= validUntil }
}

/// One product (SKU) of the catalogue.
public struct CatalogProduct: Sendable, Hashable {
    public var sku: String
    /// The 14-digit GTIN.
    public var gtin: String
    public var name: String
    public var description: String
    public var hsCode: String
    public var hsDescription: String?
    public var weightGrams: Double
    public var countryOfProduction: String
    public var manufacturer: String
    public var facility: String
    public var components: [Component]
    public var durability: [TestResult]
    public var care: CareInstructions
    public var repair: RepairInformation?
    public var recyclability: Recyclability
    public var recycledContentPercent: Double
    public var substancesOfConcern: [SubstanceOfConcern]
    public var claims: [ProductClaim]
    /// The composition as printed on the label, e.g. `100% cashmere`.
    public var labelText: String?
    /// Other statements on the label, e.g. `Contains non-textile parts of animal origin`.
    public var labelStatements: [String]
    /// Whether the product contains non-textile parts of animal origin (Reg. 1007/2011 Art. 12).
    public var containsNonTextileAnimalParts: Bool
    /// Visible decorative or antistatic fibres left out of the composition (Art. 10).
    public var excludedFibres: [ExcludedFibre]
    /// The product's name, description, care and repair text in other languages, by language code.
    public var translations: [String: ProductTranslation] = [:]
}

/// A fibre the composition may leave out: visible decorative (up to 7%) or antistatic (up to 2%).
public struct ExcludedFibre: Sendable, Hashable {
    public var fibre: String
    /// `decorative` or `antistatic`.
    public var role: String
    public var percentOfWeight: Double

    public init(fibre: String, role: String, percentOfWeight: Double) {
        self.fibre = fibre
        self.role = role
        self.percentOfWeight = percentOfWeight
    }
}

/// A part of a product with its own fibre composition (body, lining...).
public struct Component: Sendable, Hashable {
    public var name: String
    /// `main`, `main lining`, `lining`, `trim`, `filling` or `other`.
    public var kind: String
    public var weightPercent: Double
    public var fibres: [FibreShare]
    /// Whether the component is a carded product (5% extraneous-fibre tolerance instead of 2%).
    public var carded: Bool
}

/// One fibre of a composition, by its key in `Schemas/fibre-names.json`.
public struct FibreShare: Sendable, Hashable {
    public var fibre: String
    public var percent: Double
}

/// A durability test: the property, the standard method and the result.
public struct TestResult: Sendable, Hashable {
    public var property: String
    public var method: String
    public var result: Double
    public var unit: String?
}

/// How to care for the product, in words and as care symbol codes.
public struct CareInstructions: Sendable, Hashable {
    public var washing: String
    public var bleaching: String
    public var drying: String
    public var ironing: String
    public var professionalCleaning: String
    public var symbols: [String]
}

/// How the product can be repaired.
public struct RepairInformation: Sendable, Hashable {
    public var instructions: String
    public var url: String?
}

/// Whether and how the product can be recycled.
public struct Recyclability: Sendable, Hashable {
    public var recyclable: Bool
    public var recyclableContentPercent: Double
    public var instructions: String
    public var url: String?
}

/// A substance of concern present in the product (ESPR disclosure).
public struct SubstanceOfConcern: Sendable, Hashable {
    public var name: String
    public var casNumber: String
    public var concentrationPercent: Double
    public var location: String?
}

/// A claim made about the product and what backs it.
public struct ProductClaim: Sendable, Hashable {
    public var text: String
    /// `traceability`, `environmental`, `social`, `animal welfare` or `circularity`.
    public var kind: String
    /// `trace` (the certificates found in the trace) or the URL of a certificate or report.
    public var evidence: String
}
