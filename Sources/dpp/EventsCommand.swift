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
        Usage: dpp events check FILE... [--format text|json]

        Reads each EPCIS 2.0 document (XML or JSON-LD, told apart by content; - for standard
        input) and reports every problem with its rule id and location: the line for XML, the
        JSON Pointer for JSON.

        Options:
          --format text|json   the report's form (default text)

        Exit codes: 0 no errors, 1 some file has errors, 2 usage error or a file cannot be read.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try ReportFormat(try arguments.option("--format"))
        let words = try arguments.positionals()
        guard words.first == "check" else { throw UsageError(words.isEmpty ? "missing subcommand: check" : "unknown subcommand '\(words[0])'; use check") }
        let paths = Array(words.dropFirst())
        guard !paths.isEmpty else { throw UsageError("give at least one EPCIS file") }
        var reports: [(path: String, result: EPCISReadResult)] = []
        for path in paths {
            guard let bytes = readInput(path, console: console) else { return .usageOrUnreadable }
            reports.append((path, EPCISReader.read(bytes, source: path)))
        }
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

    /// The bytes of `path` (`-` for standard input); `nil` after printing why it cannot be read.
    static func readInput(_ path: String, console: Console) -> [UInt8]? {
        switch InputFiles.read(path) {
        case .success(let bytes): return bytes
        case .failure(let diagnostic):
            console.err("dpp: \(diagnostic)\n")
            return nil
        }
    }
}
