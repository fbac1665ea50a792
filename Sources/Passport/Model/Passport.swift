/// What a Digital Product Passport says about one product lot, whatever UNTP version writes it.
///
/// The assembler builds it from the catalogue and the trace; a ``PassportDocumentView`` writes
/// it as a JSON-LD document and reads any such document back into it, so that the rules and the
/// pages work from this one typed form. A document written by another tool may lack or mistype
/// any member, so every value is optional and every list may be empty: JSON Schema reports the
/// type errors, the rules report what is missing.
public struct Passport: Sendable, Hashable {
    /// Where the passport's JSON-LD is published: the credential's id.
    public var credentialURL: String?
    /// The credential's name, e.g. `Digital Product Passport: Crew-neck sweater, lot KC-SW-2026-001`.
    public var name: String?
    public var issuer = Issuer()
    /// When the passport is valid from: the time the lot was produced (ISO 8601).
    public var validFrom: String?
    /// When the passport expires (ISO 8601), if it does.
    public var validUntil: String?
    /// Where a verifier looks up whether the passport is revoked: its entry in a status list.
    public var status: StatusEntry?
    /// The URL of the textile JSON-LD context the document's own terms expand with.
    public var contextURL: String?
    /// The lot number (AI 10), the product's batch number.
    public var lot: String?
    /// What the product identifier identifies: `model`, `batch` or `item`.
    public var granularityLevel: String?
    public var product = Product()
    /// The EU importer, with its EORI number.
    public var importer: Party?
    /// Where the fibre came from, with each origin lot's share of the product's fibre mass.
    public var origins: [Origin] = []
    /// The share of the fibre mass traced to origin lots (0 to 1).
    public var tracedMassFraction: Double?
    /// Each value-chain process with the share verified and its events.
    public var processes: [TracedProcess] = []
    /// The steps from herder to garment, oldest first.
    public var journey: [JourneyStep] = []
    /// Declarations of conformity, one per certificate with a conformity topic.
    public var conformityClaims: [ConformityClaim] = []
    /// The product's claims with the evidence behind them.
    public var claims: [Claim] = []
    /// Every certificate the passport rests on.
    public var certificates: [Certificate] = []
    public var circularity = Circularity()
    /// The greenhouse-gas footprint per item; `nil` when the catalogue declares no emissions for its trace.
    public var footprint: Footprint?

    /// The GS1 Digital Link of the lot on the publishing site, what the QR code encodes: the
    /// product's identifier.
    public var link: String? { product.id }
}

extension Passport {
    /// Who issues the passport: a W3C DID, and the parties it is also known as.
    public struct Issuer: Sendable, Hashable {
        /// The issuer's DID.
        public var id: String?
        public var name: String?
        /// The issuer as a GS1 party (its GLN Digital Link).
        public var alsoKnownAs: [Party] = []
    }

    /// A company, organisation or place named in the passport by its identifiers.
    public struct Party: Sendable, Hashable {
        /// The party's or place's Digital Link.
        public var id: String?
        public var name: String?
        /// The GLN.
        public var registeredID: String?
        /// The postal address on one line, for the consumer page and the labels.
        public var address: String?
        /// The electronic addresses the General Product Safety Regulation 2023/988 asks labels to
        /// give for the manufacturer and the EU importer (Art. 9(6) and 11(3)).
        public var email: String?
        public var website: String?
        /// The EORI number of an importer.
        public var eori: String?
    }

    /// The passport's entry in a Bitstring Status List (W3C Recommendation): which bit of which
    /// status list credential says whether it is revoked.
    public struct StatusEntry: Sendable, Hashable {
        /// The entry's id: the status list credential's URL and the index, `…#94567`.
        public var id: String?
        public var type: String?
        /// `revocation` or `suspension`.
        public var purpose: String?
        /// The bit's index in the list, a decimal number written as a string.
        public var index: String?
        /// The URL of the status list credential.
        public var listCredential: String?

        public init() {}

        public init(id: String?, type: String?, purpose: String?, index: String?, listCredential: String?) {
            self.id = id
            self.type = type
            self.purpose = purpose
            self.index = index
            self.listCredential = listCredential
        }
    }

    /// A link to a web resource: its URL, a name for people, the kind of link and the media type
    /// of what it leads to (`application/ld+json`).
    public struct Link: Sendable, Hashable {
        public var url: String?
        public var name: String?
        public var type: String?
        public var mediaType: String?
    }

    /// A named thing a passport refers to by its URI, such as a criterion or a standard.
    public struct Reference: Sendable, Hashable {
        public var id: String?
        public var name: String?
    }
}
