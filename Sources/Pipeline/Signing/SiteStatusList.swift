import Credentials
import Foundation
import JSONCore
import Passport
import Rendering

/// A site's revocation status list: the index each lot has, the bits of the revoked ones, and the
/// signed status list credential published with the site (W3C Bitstring Status List).
///
/// Both are carried over from the site already published: `status/allocation.json` keeps each
/// lot's index, and the bits come from the published `status/revocation.jwt` (its signature
/// checked against the issuer's DID document first), so a regeneration never forgets a revocation;
/// `status/revocations.json` records each revocation's date and reason.
public struct SiteStatusList: Sendable {
    /// Where the status list credential is, below the site root.
    public static let credentialPath = ["status", "revocation.jwt"]

    /// The URL of the status list credential (its `id`).
    public let url: String
    public private(set) var allocation: StatusAllocation
    public private(set) var list: BitstringStatusList
    public private(set) var log: RevocationLog

    /// The status list of the site at `site` (empty when nothing is published there yet), hosted at `baseURL`.
    public init(site: URL, baseURL: String, issuer: IssuerKey) throws(SigningFailure) {
        let listFile = Self.file(Self.credentialPath, in: site)
        let published = try FileManager.default.fileExists(atPath: listFile) ? Self.publishedList(listFile, issuer: issuer) : nil
        try self.init(site: site, url: baseURL + "/" + Self.credentialPath.joined(separator: "/"), list: published?.list)
    }

    /// The status list published in the signed site `site`, whose URL its credential gives.
    public init(publishedIn site: URL, issuer: IssuerKey) throws(SigningFailure) {
        let listFile = Self.file(Self.credentialPath, in: site)
        guard FileManager.default.fileExists(atPath: listFile) else {
            throw SigningFailure("\(site.path) has no status list (\(listFile)): it is not a site dpp generate --key signed")
        }
        let published = try Self.publishedList(listFile, issuer: issuer)
        guard let url = published.url else { throw SigningFailure("\(listFile): the status list credential has no id") }
        try self.init(site: site, url: url, list: published.list)
    }

    private init(site: URL, url: String, list: BitstringStatusList?) throws(SigningFailure) {
        self.url = url
        let allocationFile = Self.file(StatusAllocation.sitePath, in: site)
        let logFile = Self.file(RevocationLog.sitePath, in: site)
        do {
            allocation =
                FileManager.default.fileExists(atPath: allocationFile)
                ? try StatusAllocation(parsing: try Self.read(allocationFile, limit: 64 << 20)) : try StatusAllocation()
            self.list = try list ?? BitstringStatusList(length: allocation.statusListLength)
        } catch let failure as SigningFailure {
            throw failure
        } catch {
            throw SigningFailure("\(site.path): \(error)")
        }
        if FileManager.default.fileExists(atPath: logFile) {
            guard let log = RevocationLog(parsing: try Self.read(logFile, limit: 64 << 20)) else {
                throw SigningFailure("\(logFile) is not a revocation log dpp wrote; restore it from the published site")
            }
            self.log = log
        } else {
            log = RevocationLog()
        }
        guard self.list.length == allocation.statusListLength else {
            throw SigningFailure("the status list holds \(self.list.length) entries but \(allocationFile) allocates \(allocation.statusListLength)")
        }
    }

    /// Gives every id of `ids` that has none an index.
    public mutating func allocate(_ ids: [String]) throws(SigningFailure) {
        do { try allocation.allocate(ids) } catch { throw SigningFailure("\(error)") }
    }

    /// The status entry of the lot `id`, which has an index (``allocate(_:)``).
    public func entry(for id: String) -> Passport.StatusEntry? {
        allocation.index(of: id).map { index in
            Passport.StatusEntry(
                id: url + "#\(index)", type: BitstringStatusListEntry.type, purpose: StatusPurpose.revocation.rawValue, index: String(index),
                listCredential: url)
        }
    }

    /// Revokes the lot `id` (a canonical Digital Link) on `date` for `reason`: sets its bit and
    /// records it; its index, or `nil` when the site has no passport of that lot.
    public mutating func revoke(_ id: String, date: String, reason: String?) throws(SigningFailure) -> Int? {
        guard let index = allocation.index(of: id) else { return nil }
        do { try list.set(index) } catch { throw SigningFailure("\(error)") }
        log.record(id: id, index: index, date: date, reason: reason)
        return index
    }

    /// The files the site publishes: the status list credential signed by `issuer`, valid from
    /// `validFrom`, and the allocation.
    public func files(signedBy issuer: IssuerKey, validFrom: String) throws(SigningFailure) -> [SiteFile] {
        let credential = BitstringStatusListCredential(
            id: url, issuer: issuer.did.description, validFrom: validFrom, statusPurpose: .revocation, list: list)
        let json: JSONValue
        do { json = try credential.json() } catch { throw SigningFailure("\(error)") }
        return [
            SiteFile(path: Self.credentialPath, text: try issuer.sign(credential: json)),
            SiteFile(path: StatusAllocation.sitePath, bytes: allocation.fileBytes),
        ] + (log.entries.isEmpty ? [] : [log.file])
    }

    /// The list and URL of the status list credential in `file`, whose signature must verify with a
    /// key of the issuer's DID document.
    private static func publishedList(_ file: String, issuer: IssuerKey) throws(SigningFailure) -> (list: BitstringStatusList, url: String?) {
        do {
            let parsed = try ParsedJWS(compact: try read(file, limit: JWS.maximumSize))
            guard let keyURL = parsed.header.keyID, let jwk = try? issuer.didDocument.assertionKey(keyURL) else {
                throw SigningFailure("\(file) is not signed with a key of \(issuer.did)'s DID document; restore the published list")
            }
            let verified = try parsed.verified(with: try PublicKey(jwk: JWK(json: jwk)), allowing: Set(SigningAlgorithm.allCases))
            let credential = try BitstringStatusListCredential(json: try verified.payloadJSON())
            return (credential.list, credential.id)
        } catch let failure as SigningFailure {
            throw failure
        } catch {
            throw SigningFailure("\(file): \(error)")
        }
    }

    private static func file(_ path: [String], in site: URL) -> String {
        site.appendingPathComponent(path.joined(separator: "/")).path
    }

    private static func read(_ path: String, limit: Int) throws(SigningFailure) -> [UInt8] {
        switch InputFile.read(path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let diagnostic): throw SigningFailure("\(diagnostic)")
        }
    }
}
