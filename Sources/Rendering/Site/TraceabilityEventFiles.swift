import JSONCore
import Passport

/// The files of one traceability event credential in the site's `events/` folder: its JSON-LD
/// document and, when the site is signed, the same credential as `application/vc+jwt`.
public enum TraceabilityEventFiles {
    /// The files of `credential`, whose JSON-LD form written out is `documentBytes` (see
    /// ``documentBytes(_:)``), signed as `jwt` when given.
    public static func files(of credential: TraceabilityEventCredential, documentBytes: [UInt8], jwt: String?) -> [SiteFile] {
        let json = SiteFile(path: credential.path.documentFile, bytes: documentBytes)
        return [json] + (jwt.map { [SiteFile(path: credential.path.signedFile, text: $0)] } ?? [])
    }

    /// The JSON-LD file's bytes of a credential whose document is `document`.
    public static func documentBytes(_ document: JSONValue) -> [UInt8] { JSONWriter(pretty: true).bytes(document) }
}
