import Diagnostics
import Foundation
import JSONCore
import Passport
import Traceability

/// `dpp events check F...`: reads EPCIS 2.0 documents and reports every problem.
enum EventsCommand: Command {
    static let name = "events"
    static let summary = "check EPCIS 2.0 event files (XML or JSON-LD)"
    static let help = """
        Usage: dpp events check FILE... [--format text|json] [--strict-order] [--jobs N]

        Reads each EPCIS 2.0 document (XML or JSON-LD, told apart by content; - for standard
        input) and reports every problem with its rule id and location: the line for XML, the
        JSON Pointer for JSON. XML is read as it streams, so files of any size can be checked;
        several files are read at once.

        Options:
          --format text|json   the report's form (default text)
          --strict-order       XML elements out of the EPCIS 2.0 schema's order are errors, as
                               a schema validator reports them (default: a warning, as GS1's
                               own readers accept any order)
          --jobs N             read N files at once (default: one per processor core)

        Exit codes: 0 no errors, 1 some file has errors, 2 usage error or a file cannot be read.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try ReportFormat(try arguments.option("--format"))
        let jobs = try Jobs.parse(try arguments.option("--jobs"))
        let elementOrder: XMLElementOrder = arguments.flag("--strict-order") ? .strict : .lenient
        let words = try arguments.positionals()
        guard words.first == "check" else { throw UsageError(words.isEmpty ? "missing subcommand: check" : "unknown subcommand '\(words[0])'; use check") }
        let paths = Array(words.dropFirst())
        guard !paths.isEmpty else { throw UsageError("give at least one EPCIS file") }
        guard let reports = EventFiles.read(paths, jobs: jobs, elementOrder: elementOrder, console: console, command: "events check") else { return .usageOrUnreadable }
        let all = reports.flatMap(\.result.diagnostics)
        switch format {
        case .text:
            var text = ""
            for report in reports {
                for diagnostic in report.result.diagnostics { text += diagnostic.description + "\n" }
                let errors = report.result.diagnostics.filter { $0.severity == .error }.count
                let warnings = report.result.diagnostics.filter { $0.severity == .warning }.count
                text += "\(report.path): \(report.result.events.count) events, \(errors) errors, \(warnings) warnings\n"
            }
            console.out(text)
        case .json:
            let files: [JSONValue] = reports.map { report in
                [
                    "file": .string(report.path),
                    "events": .number(JSONNumber(report.result.events.count)),
                    "diagnostics": .array(report.result.diagnostics.map(\.json)),
                ]
            }
            let summary: JSONValue = [
                "files": .array(files),
                "errors": .number(JSONNumber(all.filter { $0.severity == .error }.count)),
                "warnings": .number(JSONNumber(all.filter { $0.severity == .warning }.count)),
            ]
            console.out(JSONWriter(pretty: true).string(summary) + "\n")
        }
        return all.hasErrors ? .invalid : .success
    }
}
