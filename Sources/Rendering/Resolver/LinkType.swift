/// A link type the site's resolver publishes: GS1 Web Vocabulary terms and UNTP's identity resolver relations.
///
/// GS1's vocabulary (1.16) has no `careInstructions` or `recyclingInfo`: recycling goes under
/// `gs1:sustainabilityInfo` ("sustainability and recycling"), repair under `gs1:serviceInfo`
/// ("service or maintenance instructions"); care is on the consumer page (`gs1:pip`).
public enum LinkType: String, CaseIterable, Sendable, Hashable {
    case defaultLink
    case defaultLinkMulti
    case pip
    case dpp
    case certificationInfo
    case sustainabilityInfo
    case serviceInfo
    case traceability
    /// UNTP's `dpp` relation: the passport, as `gs1:dpp`.
    case untpDPP
    /// UNTP's `dfr` relation: a Digital Facility Record of a place the product comes from.
    case untpDFR

    /// The GS1 Web Vocabulary namespace (1.16), which the resolver description file declares.
    public static let gs1Namespace = "https://ref.gs1.org/voc/"

    /// The member name of the relation in a linkset: the vocabulary IRI for GS1 terms, UNTP's
    /// short relation name (submitted to IANA) for UNTP's, the forms both linkset schemas accept.
    public var relation: String {
        switch self {
        case .untpDPP: "dpp"
        case .untpDFR: "dfr"
        default: Self.gs1Namespace + rawValue
        }
    }

    /// The compact name a client gives as `?linkType=`: `gs1:pip`, `untp:dpp`...
    public var curie: String {
        switch self {
        case .untpDPP: "untp:dpp"
        case .untpDFR: "untp:dfr"
        default: "gs1:" + rawValue
        }
    }
}
