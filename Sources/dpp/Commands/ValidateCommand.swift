import JSONCore
import Passport
import Pipeline

/// `dpp validate`: checks passport files and folders against a profile and reports every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = "check passports (files or folders) against a profile and report"
    static let help = """
        Usage: dpp validate PATH... [--profile eu-textile|untp|us-cashmere|responsible-nomads|FILE] [--at DATE] [--format text|json] [--jobs N] [--quiet]

        Checks every passport file given, and every *.jsonld file below each folder given
        (except JSON-LD contexts under a 'contexts' folder, the facility records under a
        'facilities' folder and the traceability events under an 'events' folder), and reports
        each file's verdict with all its diagnostics, then a summary by rule. Each passport is read
        in the UNTP version its @context names (0.6.1 or 0.7.0), and the same rules check both.

        Options:
          --profile PROFILE  what to check against (default eu-textile):
                               eu-textile   the textile passport schema; EU textile labelling
                                            (Reg. 1007/2011), ESPR data, certificates and claims,
                                            identifiers, traceability (at least 95% traced)
                               untp         the UNTP Digital Product Passport structure only (0.6.1
                                            or 0.7.0, each passport against its own version's)
                               us-cashmere  eu-textile plus the US cashmere fineness test
                               responsible-nomads
                                            eu-textile plus the Responsible Nomads claim (90% of
                                            the wool and hair from certified herder groups,
                                            monitored within 1095 days) and origins' certificates
                                            held by their producers
                               FILE         a profile file of your own (the form of
                                            Schemas/profiles/eu-textile.json; its 'schema', or
                                            'schemas' by UNTP version, names built-in schemas or
                                            paths relative to the file),
                                            or a plain JSON Schema file (schema only, no rule packs)
          --at DATE          check certificate validity on DATE (YYYY-MM-DD); default today (UTC)
          --format FORMAT    text (default) or json
          --jobs N           check N files at a time, 1 to 1024 (default: one per processor
                             core); the report is the same, in the order of the files, whatever N
          --quiet            no progress line (shown on standard error only when it is a terminal)
          -                  read one passport from standard input

        Exit codes: 0 all valid, 1 any invalid, 2 usage error, an unusable profile or an unreadable file.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let date = try arguments.checkDate()
        let profileOption = try arguments.option("--profile") ?? "eu-textile"
        let jobs = try arguments.jobs()
        let progress = try arguments.progress(on: console)
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give at least one passport file or folder") }
        let files = try PassportValidation.passportFiles(paths)
        let (profile, check) = try ProfileLoader.load(profileOption)
        let validation = PassportValidation(profile: profile, check: check, context: CheckContext(date: date, thresholds: profile.thresholds))
        let report = validation.report(on: files, jobs: jobs, progress: progress?.sink ?? .none)
        progress?.finish()
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) : report.text)
        return ExitStatus(report)
    }
}
