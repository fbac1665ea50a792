extension Passport {
    /// A certificate held by a party of the chain, with its scope and validity.
    public struct Certificate: Sendable, Hashable {
        /// The certificate's URL.
        public var id: String?
        public var scheme: String?
        public var schemeURL: String?
        public var number: String?
        /// The certification body.
        public var issuer: String?
        /// The party (Digital Link or GLN) that holds it.
        public var holder: String?
        /// The fibre keys it covers.
        public var fibres: [String?] = []
        public var activities: [String?] = []
        /// The first and last day it is valid; `nil` when missing or not a date.
        public var validFrom: CalendarDate?
        public var validUntil: CalendarDate?
    }

    /// A declaration that the product conforms on a topic, with the certificate as evidence.
    public struct ConformityClaim: Sendable, Hashable {
        public var id: String?
        /// The claim in one line, e.g. `SFA Cashmere Standard certificate SFA-MN-2026-0102`.
        public var description: String?
        public var conformance: Bool?
        /// The conformity topic as a UNTP 0.6.1 code (`environment.biodiversity`, `social.labour`...).
        public var topic: String?
        public var evidence: Link?
        /// What conformity is assessed against, such as the certification scheme's standard.
        public var criteria: [Reference] = []
        /// The day the claim applies to, `YYYY-MM-DD`.
        public var date: String?
    }

    /// A claim made about the product and the evidence behind it.
    public struct Claim: Sendable, Hashable {
        public var text: String?
        /// `traceability`, `environmental`, `social`, `animal welfare` or `circularity`.
        public var kind: String?
        /// The URLs of the certificates or reports that back it.
        public var evidence: [String?] = []
    }

    /// Whether and how the product can be repaired and recycled.
    public struct Circularity: Sendable, Hashable {
        public var recyclingInformation: Link?
        public var repairInformation: Link?
        /// The recyclable share of the product (0 to 1).
        public var recyclableContent: Double?
        /// The recycled share of the product (0 to 1).
        public var recycledContent: Double?
        public var recyclable: Bool?
        public var recyclingInstructions: String?
    }
}

extension Passport.Certificate {
    /// What a claim this certificate backs is assessed against: the certification scheme.
    public var criterion: Passport.Reference { Passport.Reference(id: schemeURL, name: scheme) }
}
