import Foundation
import Passport
import Pipeline
import Rendering

/// `dpp report`: the evidence report of one business over a period, for a lender or a buyer.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "write the evidence report of a period (report.html, report.json)"
    static let help = """
        Usage: dpp report --catalog FILE --events FILE... --out DIR [--from DATE] [--to DATE]
                          [--criteria FILE] [--language en|mn]

        Writes DIR/report.json and DIR/report.html: the evidence pack of the catalogue's issuer
        over the period, for a green-loan application or a buyer's audit. It gives the fibre
        processed (by aimag and herder group), the share traced to its herder lot, the share
        from certified groups (by scheme and by month), the share by the groups' rangeland
        recovery class, the greenhouse-gas intensity per kg of dehaired fibre against the
        baseline year, the certificates running out within 90 days of the period's end, and
        the criteria of a lender's file, met or not; every figure in report.json names the
        events and passports it comes from.

        Options:
          --catalog FILE       the catalogue (JSON, .xlsx workbook or folder of CSV files)
          --events FILE...     the EPCIS documents (XML or JSON-LD) or step rows (.csv, .xlsx)
          --out DIR            the folder to write report.json and report.html in
          --from DATE          the first day, YYYY-MM-DD (default: 1 January of the year of
                               the latest processing)
          --to DATE            the last day, YYYY-MM-DD (default: 31 December of that year)
          --criteria FILE      a lender's criteria (JSON; see README.md, "Report")
          --language en|mn     the language of report.html (default en)

        Exit codes: 0 written, 1 the inputs or the criteria have errors (nothing written),
        2 usage error or a file cannot be read.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        guard let catalog = try arguments.option("--catalog") else { throw UsageError("--catalog is required") }
        let events = try arguments.list("--events")
        guard !events.isEmpty else { throw UsageError("give the EPCIS documents with --events FILE...") }
        guard let out = try arguments.option("--out") else { throw UsageError("--out is required") }
        let from = try date(arguments.option("--from"), "--from")
        let to = try date(arguments.option("--to"), "--to")
        let criteria = try arguments.option("--criteria")
        let language = try arguments.option("--language") ?? "en"
        guard ReportText.languages.contains(language) else {
            throw UsageError("--language must be \(ReportText.languages.joined(separator: " or ")), not '\(language)'")
        }
        try arguments.finish()
        let request = EvidenceReportRun.Request(
            inputs: .files(catalog: catalog, events: events), output: URL(fileURLWithPath: out), from: from, to: to,
            criteria: criteria.map { .file($0) } ?? .none, language: language)
        return write(request, command: name, console: console)
    }

    /// Runs `request`, prints its problems and where it wrote, and returns the exit status.
    static func write(_ request: EvidenceReportRun.Request, command: String, console: Console) -> ExitStatus {
        let outcome: EvidenceReportRun.Outcome
        do {
            outcome = try EvidenceReportRun.run(request)
        } catch {
            return ErrorReport.report(error, command: command, console: console)
        }
        for diagnostic in outcome.diagnostics { console.err(diagnostic.description + "\n") }
        guard outcome.report != nil else {
            console.err("No report was written: fix the errors above and run again.\n")
            return .invalid
        }
        console.err("Wrote the report to \(request.output.path)/ (report.html, report.json)\n")
        return .success
    }

    /// The date `text` names, when given.
    private static func date(_ text: String?, _ name: String) throws(UsageError) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text) else { throw UsageError("\(name) must be a date YYYY-MM-DD, not '\(text)'") }
        return date
    }
}
