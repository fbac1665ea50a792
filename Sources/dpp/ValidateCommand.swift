import Foundation
import JSONCore
import Passport

/// `dpp validate`: checks passport files and folders and reports every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = "check passports (files or folders) and report"
    static let help = """
    Usage: dpp validate PATH... [--at DATE] [--format text|json]

    Checks every passport file given, and every *.jsonld file below each folder given
    (except JSON-LD contexts under a 'contexts' folder), and reports each file's verdict with
    all its diagnostics, then a summary by rule.

    Options:
      --at DATE          check certificate validity on DATE (YYYY-MM-DD); default today (UTC)
      --format FORMAT    text (default) or json
      -                  read one passport from standard input

    Exit codes: 0 all valid, 1 any invalid, 2 usage error or an unreadable file.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try ReportFormat(try arguments.option("--format"))
        let date = try CheckDate.parse(try arguments.option("--at"))
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give at least one passport file or folder") }

        let validator = PassportValidator(context: CheckContext(date: date))
        var report = ValidationReport()
        for path in paths {
            for file in try InputFiles.expand(path, extensions: ["jsonld"], skippingFolders: ["contexts"]) {
                switch InputFiles.read(file) {
                case .success(let bytes): report.files.append(validator.verdict(for: bytes, path: file))
                case .failure(let diagnostic): report.files.append(.init(path: file, readable: false, diagnostics: [diagnostic]))
                }
            }
        }
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) : report.text)
        if report.hasUnreadable { return .usageOrUnreadable }
        return report.invalidCount == 0 ? .success : .invalid
    }
}
