import JSONCore
import Pipeline
import Traceability

/// `dpp events check F...`: reads EPCIS 2.0 documents and reports every problem.
enum EventsCommand: Command {
    static let name = "events"
    static let summary = "check EPCIS 2.0 event files (XML or JSON-LD)"
    static let help = """
        Usage: dpp events check FILE... [--format text|json] [--strict-order] [--jobs N] [--quiet]

        Reads each EPCIS 2.0 document (XML or JSON-LD, told apart by content; - for standard
        input) and reports every problem with its rule id and location: the line for XML, the
        JSON Pointer for JSON. XML is read as it streams, so files of any size can be checked;
        several files are read at once.

        Options:
          --format text|json   the report's form (default text)
          --strict-order       XML elements out of the EPCIS 2.0 schema's order are errors, as
                               a schema validator reports them (default: a warning, as GS1's
                               own readers accept any order)
          --jobs N             read N files at once, 1 to 1024 (default: one per processor core)
          --quiet              no progress line (shown on standard error only when it is a terminal)

        Exit codes: 0 no errors, 1 some file has errors, 2 usage error or a file cannot be read.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let jobs = try arguments.jobs()
        let elementOrder: XMLElementOrder = try arguments.flag("--strict-order") ? .strict : .lenient
        let progress = try arguments.progress(on: console)
        let words = try arguments.positionals()
        guard words.first == "check" else {
            throw UsageError(words.isEmpty ? "missing subcommand: check" : "unknown subcommand '\(words[0])'; use check")
        }
        let paths = Array(words.dropFirst())
        guard !paths.isEmpty else { throw UsageError("give at least one EPCIS file") }
        defer { progress?.finish() }
        let documents = try EventDocuments(reading: paths, jobs: jobs, elementOrder: elementOrder, progress: progress?.sink ?? .none)
        progress?.finish()
        let report = EventCheckReport(documents)
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) + "\n" : report.text)
        return report.hasErrors ? .invalid : .success
    }
}
