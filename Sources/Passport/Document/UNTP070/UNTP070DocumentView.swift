import JSONCore

/// The UNTP Digital Product Passport 0.7.0 document: a W3C VC 2.0 whose subject is the product
/// itself, with its parties by role, materials, performance claims and related documents, and
/// our textile terms in its open `characteristics` and materials.
///
/// The member names are those of ``UNTP070DocumentView/document`` and the tables it nests.
public struct UNTP070DocumentView: PassportDocumentView {
    /// The W3C VC 2.0 context.
    public static let credentialsContext = "https://www.w3.org/ns/credentials/v2"
    /// The one UNTP 0.7.0 context, for every credential type.
    public static let untpContext = "https://vocabulary.uncefact.org/untp/0.7.0/context/"

    public init() {}

    public func encode(_ passport: Passport) -> JSONValue {
        Self.document.encode(passport)
    }

    public func decode(_ document: JSONTapeValue) -> Passport {
        Self.document.decode(document)
    }
}
