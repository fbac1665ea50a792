extension Passport {
    /// One origin lot of the fibre in the product lot.
    public struct Origin: Sendable, Hashable {
        /// The canonical Digital Link of the origin lot.
        public var lotID: String?
        /// What the lot is made of: for a textile fibre, its key in ``fibreScheme`` with its English name.
        public var materialType: Classification?
        public var species: String?
        /// The share of the product's fibre mass from this lot (0 to 1).
        public var massFraction: Double?
        /// ISO 3166-1 alpha-2.
        public var country: String?
        /// The aimag (province) or region.
        public var region: String?
        public var district: String?
        /// The herder organisation or supplier (a party Digital Link) and its name; UNTP 0.6.1
        /// documents carry the name only inside the origin's ``name``.
        public var producer: String?
        public var producerName: String?
        /// The place the lot was commissioned at.
        public var location: String?
        /// The URL of the UNTP Digital Facility Record of that place (or of the producer).
        public var facilityRecord: String?
        public var harvestMethod: String?
        /// `YYYY-MM-DD`.
        public var harvestDate: String?
        /// The URLs of the certificates cited for the lot.
        public var certificateIDs: [String?] = []
        /// The producer's rangeland status, when the catalogue has a monitoring report of its pastures.
        public var rangelandStatus: RangelandStatus?
        /// The producer's certificates valid on the passport's date, as the catalogue lists them.
        public var herderCertifications: [HerderCertification] = []
        /// The origin in words, e.g. `Cashmere, Bayan-Uul Herders' Cooperative (Bayankhongor)`.
        public var name: String?
    }

    /// A value-chain process, the share of it that was verified, and its events.
    public struct TracedProcess: Sendable, Hashable {
        /// The process in words (`dehairing`, `spinning`...).
        public var process: String?
        /// The share verified (0 to 1).
        public var verifiedRatio: Double?
        public var events: [Link] = []
    }

    /// One process step in the journey from herder to garment.
    public struct JourneyStep: Sendable, Hashable {
        /// The event time (ISO 8601).
        public var time: String?
        /// The EPCIS event identifier.
        public var eventID: String?
        /// The URL of the event's UNTP Digital Traceability Event credential.
        public var eventCredential: String?
        /// The CBV business step (`commissioning`, `shipping`...).
        public var businessStep: String?
        /// The process in words (`origin`, `dehairing`, `spinning`, `knitting`...).
        public var process: String?
        /// The place (Digital Link) and its name.
        public var location: String?
        public var locationName: String?
        /// The lots that went in and came out (Digital Links).
        public var inputs: [String?] = []
        public var outputs: [String?] = []
        /// Fibre test results measured at this step.
        public var measurements: [Measurement] = []
    }

    /// A fibre test result, e.g. mean fibre diameter by IWTO-47.
    public struct Measurement: Sendable, Hashable {
        /// The lot measured.
        public var lotID: String?
        /// What was measured, e.g. `fibre diameter`.
        public var quantity: String?
        public var meanValue: Double?
        public var standardDeviation: Double?
        public var percentileRank: Double?
        public var percentileValue: Double?
        /// UN/ECE Rec 20 unit code (`4H` micrometre).
        public var unit: String?
        /// The URL of the test method, e.g. IWTO-47's page.
        public var methodURL: String?
    }
}

extension Passport.Origin {
    /// The classification scheme of the textile fibres: the keys of `Schemas/fibre-names.json`,
    /// the fibre names of Regulation (EU) No 1007/2011 Annex I.
    public static let fibreScheme = Passport.Reference(
        id: "https://textilepassport.example.org/vocab/fibre/", name: "TextilePassport fibre names (Regulation (EU) No 1007/2011 Annex I)")

    /// The fibre's key (`cashmere`, `yak`...) when the material is a fibre of ``fibreScheme``.
    public var fibre: String? { materialType?.schemeID == Self.fibreScheme.id ? materialType?.code : nil }
}

extension Passport.Measurement {
    /// The ``quantity`` of a fibre-diameter test.
    public static let fibreDiameter = "fibre diameter"
}
