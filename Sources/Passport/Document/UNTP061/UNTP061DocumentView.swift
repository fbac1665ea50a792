import JSONCore

/// The UNTP Digital Product Passport 0.6.1 document: a W3C VC 2.0 whose subject is the passport,
/// which holds its product and textile characteristics, provenance, journey, certificates and claims.
///
/// The member names are those of ``UNTP061DocumentView/document`` and the tables it nests.
public struct UNTP061DocumentView: PassportDocumentView {
    /// The W3C VC 2.0 context.
    public static let credentialsContext = "https://www.w3.org/ns/credentials/v2"
    /// The UNTP DPP 0.6.1 context.
    public static let untpContext = "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/"

    public func encode(_ passport: Passport) -> JSONValue {
        Self.document.encode(passport)
    }

    public func decode(_ document: JSONTapeValue) -> Passport {
        Self.document.decode(document)
    }
}
