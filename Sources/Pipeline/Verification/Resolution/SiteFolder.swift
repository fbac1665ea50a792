import Credentials
import Foundation

/// A site folder among the inputs, and the base URL its files were published at, told by a
/// passport in it: `<base>/01/…/passport.jsonld` signed in `SITE/01/…/passport.jwt` means that
/// `<base>` is `SITE`, so that the DID document and the status list the passports name are
/// read from the folder.
enum SiteFolder {
    /// Where a site publishes its issuer's DID document when the DID is not on the site's host.
    static let issuerDocumentPath = "issuer/did.json"

    /// The sites of `paths`: for each folder, the mapping of the first of its passports whose
    /// credential id and place agree; for each `.jwt` file given, its own. Each site once.
    static func mappings(of paths: [String]) -> [URLMapping] {
        var mappings: [URLMapping] = []
        for path in paths where path != "-" {
            let candidates = (try? InputPaths.expand([path]) { $0.last == CredentialInput.fileName }) ?? []
            if let mapping = candidates.lazy.compactMap(mapping(ofPassportAt:)).first, !mappings.contains(mapping) {
                mappings.append(mapping)
            }
        }
        return mappings
    }

    /// The site the secured passport at `file` sits in: its credential id, with the part of its
    /// path that the file's own path ends with (from the Digital Link's `01` on) taken off, and
    /// the folder above that part. `nil` when they do not agree from the `01` on.
    static func mapping(ofPassportAt file: String) -> URLMapping? {
        guard case .success(let bytes) = InputFile.read(file, limit: JWS.maximumSize),
            let jws = try? ParsedJWS(compact: Array(CredentialVerifier.trimmed(bytes[...]))),
            let id = (try? JWS.payloadJSON(jws.payload))?["id"]?.stringValue,
            let authority = id.range(of: "://"), let pathStart = id[authority.upperBound...].firstIndex(of: "/")
        else { return nil }
        let urlSegments = id[pathStart...].split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        var fileSegments = Array(URL(fileURLWithPath: file).standardizedFileURL.pathComponents.dropFirst())
        guard let name = fileSegments.last, name.hasSuffix(".jwt") else { return nil }
        fileSegments[fileSegments.count - 1] = name.dropLast(".jwt".count) + ".jsonld"
        let shared = zip(urlSegments.reversed(), fileSegments.reversed()).prefix { $0 == $1 }.count
        guard urlSegments.suffix(shared).contains("01") else { return nil }
        let base = id[..<pathStart] + urlSegments.dropLast(shared).map { "/" + $0 }.joined()
        return URLMapping(prefix: String(base), folder: "/" + fileSegments.dropLast(shared).joined(separator: "/"))
    }
}
