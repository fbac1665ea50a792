import JSONCore

/// A version of the UNTP Digital Product Passport: how its documents are written and read, the
/// UNTP context that names it in a document's `@context`, and our textile context for it.
public enum UNTPVersion: String, Sendable, Hashable, CaseIterable {
    case v061 = "0.6.1"
    case v070 = "0.7.0"

    /// The version passports are written in unless another is asked for.
    public static let latest = UNTPVersion.v070

    /// The view that writes and reads documents of this version.
    public var view: any PassportDocumentView {
        switch self {
        case .v061: UNTP061DocumentView()
        case .v070: UNTP070DocumentView()
        }
    }

    /// The UNTP JSON-LD context a document of this version names, after the VC 2.0 context.
    public var untpContext: String {
        switch self {
        case .v061: UNTP061DocumentView.untpContext
        case .v070: UNTP070DocumentView.untpContext
        }
    }

    /// Where our textile context for this version is published, below the site's base URL.
    public var contextPath: String {
        switch self {
        case .v061: "/contexts/textile-passport/v1.jsonld"
        case .v070: "/contexts/textile-passport/v2.jsonld"
        }
    }

    /// The file of `Schemas/` that holds our textile context for this version.
    public var contextFile: String {
        switch self {
        case .v061: "textile-passport.context.jsonld"
        case .v070: "textile-passport-0.7.0.context.jsonld"
        }
    }

    /// The version whose UNTP context `document`'s `@context` names (a string or an array of
    /// them), if it names one.
    public init?(of document: JSONValue) {
        self.init(of: JSONTapeValue(root: JSONTape(["@context": document["@context"] ?? .null])))
    }

    /// The version whose UNTP context `document`, read in place on its tape, names.
    public init?(of document: JSONTapeValue) {
        let context = document["@context"]
        let urls = context?.elements?.compactMap(\.stringValue) ?? context?.stringValue.map { [$0] } ?? []
        guard let version = Self.allCases.first(where: { urls.contains($0.untpContext) }) else { return nil }
        self = version
    }
}
