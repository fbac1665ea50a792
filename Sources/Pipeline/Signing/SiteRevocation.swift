import Credentials
import Foundation
import GS1
import Rendering

/// The library entry point of `dpp revoke`: sets the status list bits of some passports of a
/// signed site, re-signs the list, and replaces it in the site.
public enum SiteRevocation {
    /// What a revocation did.
    public struct Outcome: Sendable {
        /// The passports revoked now: the id as given, the lot's canonical Digital Link, the index.
        public var revoked: [(given: String, lot: String, index: Int)] = []
        /// Those already revoked before.
        public var alreadyRevoked: [(given: String, lot: String, index: Int)] = []
        /// The ids the site has no passport of: when there is any, nothing is changed.
        public var unknown: [String] = []
    }

    /// Revokes the passports `ids` name (a lot's Digital Link on any domain, or a passport's
    /// credential id `…/passport.jsonld`) in the site folder `site`, signing with `keyFile`, on
    /// `date` for `reason`. Nothing is changed when any id is unknown.
    public static func revoke(site: URL, ids: [String], keyFile: String, date: String, reason: String?) throws(SigningFailure) -> Outcome {
        let issuer = try IssuerKey(keyFile: keyFile)
        var statusList = try SiteStatusList(publishedIn: site, issuer: issuer)
        var outcome = Outcome()
        var lots: [(given: String, lot: String)] = []
        for id in ids {
            guard let lot = lotLink(of: id), statusList.allocation.index(of: lot) != nil else {
                outcome.unknown.append(id)
                continue
            }
            lots.append((id, lot))
        }
        guard outcome.unknown.isEmpty else { return outcome }
        for (given, lot) in lots {
            let index = statusList.allocation.index(of: lot)!
            if (try? statusList.list.isSet(index)) == true {
                outcome.alreadyRevoked.append((given, lot, index))
            } else if let index = try statusList.revoke(lot, date: date, reason: reason) {
                outcome.revoked.append((given, lot, index))
            }
        }
        guard !outcome.revoked.isEmpty else { return outcome }
        for file in try statusList.files(signedBy: issuer, validFrom: date + "T00:00:00Z") where file.path != StatusAllocation.sitePath {
            try replace(file, in: site)
        }
        return outcome
    }

    /// The canonical Digital Link of the lot `id` names: a lot's link on any domain, or a passport's
    /// credential id or file below it.
    static func lotLink(of id: String) -> String? {
        var text = id
        for suffix in ["/passport.jsonld", "/passport.jwt", "/"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        guard let link = try? DigitalLink.parse(text), link.gtin != nil, link.lot != nil, link.serial == nil else { return nil }
        return link.canonicalURI
    }

    /// Writes `file` over its path in `site`: to a temporary file beside it, then renamed, so that
    /// a reader sees the old file or the new one, never half of one.
    private static func replace(_ file: SiteFile, in site: URL) throws(SigningFailure) {
        let path = site.appendingPathComponent(file.path.joined(separator: "/")).path
        do { try AtomicFile.write(file.bytes, to: path) } catch { throw SigningFailure(error.message) }
    }
}
