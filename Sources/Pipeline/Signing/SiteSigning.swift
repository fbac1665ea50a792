import Credentials
import Foundation
import JSONCore
import Passport
import Rendering

/// How a generation run signs its site: the issuer's key, the site's status list, and where the
/// issuer's DID document is published.
struct SiteSigning: Sendable {
    let issuer: IssuerKey
    private(set) var statusList: SiteStatusList
    /// Where the DID document goes below the site root: at the path `did:web` resolves to when the
    /// DID's host is the site's host, otherwise `issuer/did.json`, for the issuer to host at its own domain.
    let didDocumentPath: [String]

    /// The folder `did.json` goes in when the DID is not on the site's host.
    static let otherHostDocumentPath = ["issuer", "did.json"]

    /// Signing with the key in `keyFile` for the catalogue's issuer `issuerDID`, on a site hosted at
    /// `baseURL` and published in `site`.
    init(keyFile: String, issuerDID: String, baseURL: String, site: URL) throws(SigningFailure) {
        issuer = try IssuerKey(keyFile: keyFile)
        guard issuer.did.description == issuerDID else {
            throw SigningFailure(
                "the key \(keyFile) is \(issuer.did)'s, but the catalogue's issuer is \(issuerDID): sign with a key of the issuer's DID (dpp keys new --did \(issuerDID))"
            )
        }
        statusList = try SiteStatusList(site: site, baseURL: baseURL, issuer: issuer)
        let site = URLComponents(string: baseURL)
        let sameHost = site?.host?.lowercased() == issuer.did.host.lowercased() && site?.port == issuer.did.port
        didDocumentPath = sameHost ? issuer.did.documentSitePath : Self.otherHostDocumentPath
    }

    /// Gives every lot of `plan` its status list index (kept from the published site when it has one).
    mutating func allocate(_ plan: GenerationPlan) throws(SigningFailure) {
        try statusList.allocate(plan.lots.map(\.lot.id))
    }

    /// The status entry of `lot`.
    func status(of lot: GenerationPlan.Lot) -> Passport.StatusEntry? { statusList.entry(for: lot.lot.id) }

    /// The document whose file's bytes (``PassportFiles/documentBytes(_:)``) are `documentBytes`
    /// signed, with where the keys that verify it are.
    func signature(ofDocumentBytes documentBytes: [UInt8]) throws(SigningFailure) -> PassportFiles.Signature {
        PassportFiles.Signature(
            jwt: try issuer.sign(compactCredential: JSONWhitespace.removed(from: documentBytes)), didDocumentURL: issuer.did.documentURL)
    }

    /// The signed site's own files, titled for the index page: the DID document, the status list
    /// credential (valid from `validFrom`), the status allocation and the revocation log.
    func files(validFrom: String) throws(SigningFailure) -> [(title: String, file: SiteFile)] {
        let didDocument = SiteFile(path: didDocumentPath, bytes: issuer.didDocument.fileBytes)
        let didTitle =
            didDocumentPath == Self.otherHostDocumentPath
            ? "DID document of \(issuer.did) (to be hosted at \(issuer.did.documentURL))" : "DID document of \(issuer.did)"
        let titles = [
            SiteStatusList.credentialPath: "Revocation status list (Bitstring Status List, vc+jwt)",
            StatusAllocation.sitePath: "Status list indexes", RevocationLog.sitePath: "Revocations",
        ]
        return [(didTitle, didDocument)] + (try statusList.files(signedBy: issuer, validFrom: validFrom)).map { (titles[$0.path] ?? "", $0) }
    }
}
