import JSONCore

/// The JSON-LD form of a ``Passport``: a W3C Verifiable Credential 2.0 holding a UNTP Digital
/// Product Passport, extended with the textile terms of our own context.
public enum PassportDocument {
    /// The view passports are written and checked with: UNTP DPP 0.6.1.
    public static let view = UNTP061DocumentView()

    /// Where the textile context is published, below the site's base URL.
    public static let contextPath = "/contexts/textile-passport/v1.jsonld"

    /// `passport` as a JSON-LD document of ``view``'s version.
    public static func encode(_ passport: Passport) -> JSONValue {
        view.encode(passport)
    }
}
