import Foundation
import JSONCore
import Passport
import Synchronization

/// `dpp validate`: checks passport files and folders against a profile and reports every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = "check passports (files or folders) against a profile and report"
    static let help = """
    Usage: dpp validate PATH... [--profile eu-textile|untp|us-cashmere|FILE] [--at DATE] [--format text|json] [--jobs N]

    Checks every passport file given, and every *.jsonld file below each folder given
    (except JSON-LD contexts under a 'contexts' folder), and reports each file's verdict with
    all its diagnostics, then a summary by rule.

    Options:
      --profile PROFILE  what to check against (default eu-textile):
                           eu-textile   the textile passport schema; EU textile labelling
                                        (Reg. 1007/2011), ESPR data, certificates and claims,
                                        identifiers, traceability (at least 95% traced)
                           untp         the UNTP Digital Product Passport 0.6.1 structure only
                           us-cashmere  eu-textile plus the US cashmere fineness test
                           FILE         a profile file of your own (the form of
                                        Schemas/profiles/eu-textile.json; its 'schema' is a
                                        built-in schema name or a path relative to the file),
                                        or a plain JSON Schema file (schema only, no rule packs)
      --at DATE          check certificate validity on DATE (YYYY-MM-DD); default today (UTC)
      --format FORMAT    text (default) or json
      --jobs N           check N files at a time (default: the number of processors); the
                         report is the same, in the order of the files, whatever N
      -                  read one passport from standard input

    Exit codes: 0 all valid, 1 any invalid, 2 usage error, an unusable profile or an unreadable file.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try ReportFormat(try arguments.option("--format"))
        let date = try CheckDate.parse(try arguments.option("--at"))
        let profileOption = try arguments.option("--profile") ?? "eu-textile"
        let jobs = try arguments.option("--jobs").map { text throws(UsageError) -> Int in
            guard let jobs = Int(text), jobs >= 1 else { throw UsageError("--jobs must be a whole number of at least 1, not \(text)") }
            return jobs
        } ?? ProcessInfo.processInfo.activeProcessorCount
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give at least one passport file or folder") }
        guard paths.filter({ $0 == "-" }).count <= 1 else { throw UsageError("standard input (-) can be read only once") }

        let (profile, check) = try ProfileLoader.load(profileOption)
        let validator = PassportValidator(check: check, context: CheckContext(date: date, thresholds: profile.thresholds))
        var files: [String] = []
        for path in paths { files += try InputFiles.expand(path, extensions: ["jsonld"], skippingFolders: ["contexts"]) }
        let report = ValidationReport(files: verdicts(files, validator: validator, jobs: jobs), profile: profile.name)
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) : report.text)
        if report.hasUnreadable { return .usageOrUnreadable }
        return report.invalidCount == 0 ? .success : .invalid
    }
}

extension ValidateCommand {
    /// Reads and checks every file, `jobs` at a time; the verdicts come back in the order of `files`.
    static func verdicts(_ files: [String], validator: PassportValidator, jobs: Int) -> [ValidationReport.FileVerdict] {
        @Sendable func verdict(_ file: String) -> ValidationReport.FileVerdict {
            switch InputFiles.read(file) {
            case .success(let bytes): validator.verdict(for: bytes, path: file)
            case .failure(let diagnostic): .init(path: file, readable: false, diagnostics: [diagnostic])
            }
        }
        let workers = min(jobs, files.count)
        guard workers > 1 else { return files.map(verdict) }
        let collected = Mutex<[(index: Int, verdict: ValidationReport.FileVerdict)]>([])
        // Each worker takes every `workers`-th file and hands in its share once, at the end.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let share = stride(from: worker, to: files.count, by: workers).map { (index: $0, verdict: verdict(files[$0])) }
            collected.withLock { $0 += share }
        }
        return collected.withLock { $0 }.sorted { $0.index < $1.index }.map(\.verdict)
    }
}
