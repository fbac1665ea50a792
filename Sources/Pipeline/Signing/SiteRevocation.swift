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
        /// The ids that name no passport of the site, each with why: when there is any, nothing
        /// is changed.
        public var unknown: [(given: String, reason: String)] = []
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
            let lot: String
            do throws(LotLinkProblem) { lot = try lotLink(of: id) } catch {
                outcome.unknown.append((id, error.reason))
                continue
            }
            guard statusList.allocation.index(of: lot) != nil else {
                outcome.unknown.append((id, "the site has no passport of the lot \(lot)"))
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

    /// Why an id names no lot.
    enum LotLinkProblem: Error {
        /// The id is no GS1 Digital Link: the first problem found.
        case notADigitalLink(GS1Error)
        /// A Digital Link without a GTIN and lot.
        case notALot
        /// A Digital Link of one item of a lot (its serial).
        case item

        /// The reason, as a person reads it after the id.
        var reason: String {
            switch self {
            case .notADigitalLink(let problem): "not a GS1 Digital Link: \(problem.message) [\(problem.rule.id)]"
            case .notALot: "not a lot's Digital Link (…/01/<gtin>/10/<lot>)"
            case .item: "the Digital Link of one item (…/21/<serial>): passports, and their revocation, are a lot's"
            }
        }
    }

    /// The canonical Digital Link of the lot `id` names: a lot's link on any domain, or a passport's
    /// credential id or file below it.
    static func lotLink(of id: String) throws(LotLinkProblem) -> String {
        var text = id
        for suffix in ["/passport.jsonld", "/passport.jwt", "/"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        let link: DigitalLink
        do throws(GS1Error) { link = try DigitalLink.parse(text) } catch { throw .notADigitalLink(error) }
        guard link.gtin != nil, link.lot != nil else { throw .notALot }
        guard link.serial == nil else { throw .item }
        return link.canonicalURI
    }

    /// Writes `file` over its path in `site`: to a temporary file beside it, then renamed, so that
    /// a reader sees the old file or the new one, never half of one.
    private static func replace(_ file: SiteFile, in site: URL) throws(SigningFailure) {
        let path = site.appendingPathComponent(file.path.joined(separator: "/")).path
        do { try AtomicFile.write(file.bytes, to: path) } catch { throw SigningFailure(error.message) }
    }
}
