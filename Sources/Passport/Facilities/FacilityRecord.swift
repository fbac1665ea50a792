/// What one UNTP Digital Facility Record says about a place of the value chain: what and where it
/// is, who operates it, what it does, and the certificates it rests on.
///
/// ``FacilityRecords`` builds it from the catalogue and the origins of the published passports;
/// every value comes from them, and what they do not give is absent, never guessed.
public struct FacilityRecord: Sendable, Hashable {
    /// An identifier scheme: its URI and name.
    public struct IdentifierScheme: Sendable, Hashable {
        public var id: String
        public var name: String

        /// GS1 GLNs of physical locations, as Digital Links (AI 414).
        public static let placeGLN = IdentifierScheme(id: "https://id.gs1.org/414/", name: "Global Location Number (GLN) of a physical location")
        /// GS1 GLNs of parties, as Digital Links (AI 417).
        public static let partyGLN = IdentifierScheme(id: "https://id.gs1.org/417/", name: "Global Location Number (GLN) of a party")
    }

    /// A postal address, as far as the inputs give it.
    public struct PostalAddress: Sendable, Hashable {
        /// The address as one line of text.
        public var streetAddress: String?
        public var postalCode: String?
        /// The town, city or district (a soum).
        public var locality: String?
        /// The province or state (an aimag).
        public var region: String?
        /// ISO 3166-1 alpha-2.
        public var country: String
    }

    /// A party in a role towards the facility (`operator`, `producer`).
    public struct RelatedParty: Sendable, Hashable {
        public var role: String
        public var party: Party
    }

    /// A certificate claimed as the facility's conformity on a topic, against its scheme.
    public struct ConformityClaim: Sendable, Hashable {
        public var certificate: Certificate
        public var topic: ConformityTopicConcept
        /// The URL of the certificate's scheme: the criterion the claim is made against.
        public var schemeURL: String
    }

    /// The GLN that names the record's files: the facility's, or its producer's.
    public var gln: String
    /// Where the record is published: the credential's id.
    public var url: String
    /// Who issues the record: the catalogue's issuer.
    public var issuer: Issuer
    /// The day the record is issued, from which it is valid and on which its claims are made.
    public var issued: CalendarDate
    /// The facility's identifier: its GLN Digital Link (AI 414), or one the record issues itself.
    public var facilityID: String
    public var name: String
    /// The facility's GLN, when it is identified by one.
    public var registeredID: String?
    public var idScheme: IdentifierScheme
    public var address: PostalAddress
    public var coordinates: Coordinates?
    /// What the facility does, in ISIC Rev.4.
    public var processClasses: [FacilityProcessClasses.ProcessClass]
    public var relatedParties: [RelatedParty]
    /// The certificates valid on ``issued`` that name a conformity topic and a scheme URL.
    public var claims: [ConformityClaim]
    /// The other certificates valid on ``issued``, linked as documents.
    public var certificateDocuments: [Certificate]
    /// The latest rangeland monitoring of the herder organisation whose pastures the facility
    /// is, or that produced its origin lots; `nil` when the catalogue has no report.
    public var rangelandStatus: RangelandAssessment? = nil
    /// The catalogue's emissions declarations for the facility, oldest year first.
    public var emissions: [EmissionsDeclaration] = []
}
