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
/// checked against the issuer's DID document first), so a regeneration never forgets a revocation.
public struct SiteStatusList: Sendable {
    /// Where the status list credential is, below the site root.
    public static let credentialPath = ["status", "revocation.jwt"]

    /// The URL of the status list credential (its `id`).
    public let url: String
    public private(set) var allocation: StatusAllocation
    public private(set) var list: BitstringStatusList

    /// The status list of the site at `site` (empty when nothing is published there yet), hosted at `baseURL`.
    public init(site: URL, baseURL: String, issuer: IssuerKey) throws(SigningFailure) {
        url = baseURL + "/" + Self.credentialPath.joined(separator: "/")
        let allocationFile = site.appendingPathComponent(StatusAllocation.sitePath.joined(separator: "/")).path
        let listFile = site.appendingPathComponent(Self.credentialPath.joined(separator: "/")).path
        do {
            if FileManager.default.fileExists(atPath: allocationFile) {
                allocation = try StatusAllocation(parsing: try Self.read(allocationFile, limit: 64 << 20))
            } else {
                allocation = try StatusAllocation()
            }
            if FileManager.default.fileExists(atPath: listFile) {
                list = try Self.publishedList(try Self.read(listFile, limit: JWS.maximumSize), file: listFile, issuer: issuer)
            } else {
                list = try BitstringStatusList(length: allocation.statusListLength)
            }
        } catch let failure as SigningFailure {
            throw failure
        } catch {
            throw SigningFailure("\(site.path): \(error)")
        }
        guard list.length == allocation.statusListLength else {
            throw SigningFailure("\(listFile) holds \(list.length) entries but \(allocationFile) allocates \(allocation.statusListLength)")
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

    /// Sets the bit of `index`: the credential with that index is revoked.
    public mutating func revoke(_ index: Int) throws(SigningFailure) {
        do { try list.set(index) } catch { throw SigningFailure("\(error)") }
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
        ]
    }

    /// The list in the published credential `bytes`, whose signature must verify with a key of the issuer's DID document.
    private static func publishedList(_ bytes: [UInt8], file: String, issuer: IssuerKey) throws -> BitstringStatusList {
        let parsed = try ParsedJWS(compact: bytes)
        guard let keyURL = parsed.header.keyID, let jwk = try? issuer.didDocument.assertionKey(keyURL) else {
            throw SigningFailure("\(file) is not signed with a key of \(issuer.did)'s DID document; restore the published list or revoke again")
        }
        let verified = try parsed.verified(with: try PublicKey(jwk: JWK(json: jwk)), allowing: Set(SigningAlgorithm.allCases))
        return try BitstringStatusListCredential(json: try verified.payloadJSON()).list
    }

    private static func read(_ path: String, limit: Int) throws(SigningFailure) -> [UInt8] {
        switch InputFile.read(path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let diagnostic): throw SigningFailure("\(diagnostic)")
        }
    }
}
