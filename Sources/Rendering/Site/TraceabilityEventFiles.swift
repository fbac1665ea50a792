import JSONCore
import Passport

/// The files of one traceability event credential in the site's `events/` folder: its JSON-LD
/// document and, when the site is signed, the same credential as `application/vc+jwt`.
public enum TraceabilityEventFiles {
    /// The files of `credential`, whose JSON-LD form is `document`, signed as `jwt` when given.
    public static func files(of credential: TraceabilityEventCredential, document: JSONValue, jwt: String?) -> [SiteFile] {
        let json = SiteFile(path: credential.path.documentFile, bytes: JSONWriter(pretty: true).bytes(document))
        return [json] + (jwt.map { [SiteFile(path: credential.path.signedFile, text: $0)] } ?? [])
    }
}
