import Foundation
import Pipeline

/// `dpp revoke SITE ID...`: revokes passports of a signed site in its status list.
enum RevokeCommand: Command {
    static let name = "revoke"
    static let summary = "revoke passports of a signed site (its Bitstring Status List)"
    static let help = """
        Usage: dpp revoke SITE ID... --key KEY [--reason TEXT] [--at DATE]

        Revokes the passports ID names in the signed site folder SITE (one `dpp generate --key`
        published): sets their bits in the site's revocation list, signs the list again with KEY
        and replaces SITE/status/revocation.jwt (a reader sees the old list or the new one, never
        half of one), and records each revocation with its date and reason in
        SITE/status/revocations.json. From then on `dpp verify` fails those passports, and a
        later `dpp generate` into SITE keeps them revoked. Upload SITE/status/ to the web server.

        ID is a lot's GS1 Digital Link on any domain (https://id.gs1.org/01/<gtin>/10/<lot>, or
        the passport's own link) or a passport's credential id (…/passport.jsonld). When any ID
        names no passport of SITE, nothing is revoked.

        Options:
          --key KEY       the issuer's private key (dpp keys new), whose did.json is beside it
          --reason TEXT   why, recorded in status/revocations.json
          --at DATE       the date of the revocation (YYYY-MM-DD); default today (UTC)

        Exit codes: 0 revoked (or already revoked), 1 an ID names no passport of SITE,
        2 usage error, or a site, key or status list that cannot be used.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        guard let key = try arguments.option("--key") else { throw UsageError("--key KEY is required: the list is signed again") }
        let reason = try arguments.option("--reason")
        let date = try arguments.checkDate()
        let words = try arguments.positionals()
        guard words.count >= 2 else { throw UsageError("give the site folder and at least one passport id") }
        let outcome = try SiteRevocation.revoke(
            site: URL(fileURLWithPath: words[0]), ids: Array(words.dropFirst()), keyFile: key, date: date.description, reason: reason)
        guard outcome.unknown.isEmpty else {
            for entry in outcome.unknown { console.err("dpp revoke: \(entry.given): \(entry.reason); nothing was revoked\n") }
            return .invalid
        }
        for entry in outcome.revoked { console.out("revoked \(entry.lot) (status list index \(entry.index))\n") }
        for entry in outcome.alreadyRevoked { console.out("already revoked: \(entry.lot) (status list index \(entry.index))\n") }
        return .success
    }
}
