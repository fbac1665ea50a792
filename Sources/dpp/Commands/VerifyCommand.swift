import JSONCore
import Passport
import Pipeline

/// `dpp verify`: checks secured passports (`vc+jwt`) as a buyer would, with every failure listed.
enum VerifyCommand: Command {
    static let name = "verify"
    static let summary = "verify signed passports: signature, issuer, validity, revocation, then the passport checks"
    static let help = """
        Usage: dpp verify PATH... [--did-document FILE]... [--resolve URL=DIR]... [--key FILE]... [--at DATE]
                          [--profile eu-textile|untp|us-cashmere|responsible-nomads|FILE|none] [--format text|json] [--jobs N] [--quiet]

        Verifies every secured credential given (application/vc+jwt: a JWS whose payload is the
        credential): each .jwt file, every passport.jwt, events/*.jwt (traceability events) and
        facilities/*.jwt (facility records) below each site folder, or each line of standard
        input (-). For each, in this order, it
        checks and reports every failure:
          the JWS is well formed (nothing else can be checked when it is not); typ is vc+jwt and
          cty, when present, vc; the payload is a VC 2.0 credential without JWT vc/vp claims;
          alg is the signing key's (none and HMAC never are); kid names a key of the issuer's
          DID document listed under assertionMethod; the issuer is the DID of kid; the signature
          verifies; the credential is valid at the time checked (validFrom, validUntil); its
          status list (read from the site, its own signature and issuer checked) says it is
          neither revoked nor suspended; then, for a passport, the passport checks of the profile.

        Nothing is fetched from the network. A DID document or status list is read from:
          - the site folders given: a folder's base URL is read from its passports (a passport's
            id <base>/01/.../passport.jsonld at SITE/01/.../passport.jwt maps <base> to SITE),
            and SITE/issuer/did.json is the issuer's DID document when it is hosted elsewhere;
          - --resolve URL=DIR: what is published below URL is in DIR (repeatable);
          - --did-document FILE: the DID document of its id (repeatable).

        Options:
          --did-document FILE  a DID document (did.json) to use for its DID
          --resolve URL=DIR    read URLs starting with URL from the folder DIR
          --key FILE           trust this public key for the kids equal to its id, its kid or its
                               RFC 7638 thumbprint: a verification method (id, controller,
                               publicKeyJwk) or a bare JWK; a file holding a private key is refused
          --at DATE            verify at DATE (YYYY-MM-DD: valid at some time that day, UTC) or at a
                               date-time (2026-09-01T12:00:00Z); default now
          --profile PROFILE    the passport checks run on a passport's payload, as dpp validate
                               --profile (default eu-textile; traceability events are not checked
                               with it); none for other credentials that are not passports
          --format FORMAT      text (default) or json
          --jobs N             verify N credentials at a time, 1 to 1024 (default: one per
                               processor core); the report is the same whatever N
          --quiet              no progress line (shown on standard error only when it is a terminal)

        Exit codes: 0 all verified, 1 any not verified, 2 usage error, an unusable option
        file, or a credential that cannot be read or is not a JWS.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let time = try verificationTime(try arguments.option("--at"))
        let profileOption = try arguments.option("--profile") ?? "eu-textile"
        let didDocuments = try arguments.repeated("--did-document")
        let resolve = try arguments.repeated("--resolve")
        let keys = try arguments.repeated("--key")
        let jobs = try arguments.jobs()
        let progress = try arguments.progress(on: console)
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give at least one secured credential (.jwt), site folder, or - for standard input") }
        var check: PassportCheckPolicy?, profileName: String?
        if profileOption != "none" {
            let (profile, passportCheck) = try ProfileLoader.load(profileOption)
            check = PassportCheckPolicy(check: passportCheck, context: CheckContext(date: time.date, thresholds: profile.thresholds))
            profileName = profile.name
        }
        let resolver = try CredentialResolver.load(inputs: paths, resolve: resolve, didDocuments: didDocuments, keys: keys)
        let inputs = try CredentialInput.inputs(paths)
        let verification = CredentialVerification(
            verifier: .passports(resolver: resolver, time: time, check: check), profile: profileName)
        let report = verification.report(on: inputs, jobs: jobs, progress: progress?.sink ?? .none)
        progress?.finish()
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) : report.text)
        return ExitStatus(report)
    }

    /// The time `--at` names, now when it is not given.
    private static func verificationTime(_ option: String?) throws(UsageError) -> VerificationTime {
        guard let option else { return .now }
        guard let time = VerificationTime(option) else {
            throw UsageError("--at must be a date YYYY-MM-DD or a date-time with a time zone (2026-09-01T12:00:00Z), not '\(option)'")
        }
        return time
    }
}
