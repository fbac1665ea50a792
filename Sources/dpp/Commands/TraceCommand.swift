import JSONCore
import Pipeline
import Traceability

/// `dpp trace --events F... ID`: where a product, lot, item or carton came from.
enum TraceCommand: Command {
    static let name = "trace"
    static let summary = "trace a product lot, item or carton back to its origin lots"
    static let help = """
        Usage: dpp trace --events FILE... ID [--format text|json] [--jobs N] [--quiet]
        (ID may also come first: dpp trace ID --events FILE...)

        Reads the EPCIS 2.0 documents (XML or JSON-LD, - for standard input) and walks from ID
        (a GS1 Digital Link on any domain, or an EPC URN) back through packing and
        transformations to the lots where the fibre was first recorded, with each lot's share
        of the mass, computed from the input quantities of every blend.

        Options:
          --events FILE...     the EPCIS documents (one or more; the list ends at the next
                               option or at ID, a URI); XML is read as it streams, JSON-LD
                               whole (up to 512 MiB a file); step rows (.csv, .xlsx; see
                               dpp events --help) are converted in memory
          --jobs N             read N files at once, 1 to 1024 (default: one per processor core)
          --quiet              no progress line (shown on standard error only when it is a terminal)
          --format text|json   text: a readable tree; json: id, tracedMassFraction, origins
                               (id, massFraction, country, location, party, region,
                               certificates), steps (eventTime, bizStep, location...) and
                               diagnostics

        Exit codes: 0 traced, 1 the events have errors or nothing names ID, 2 usage error or a
        file cannot be read.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let jobs = try arguments.jobs()
        let progress = try arguments.progress(on: console)
        let paths = try arguments.list("--events")
        let words = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give the EPCIS documents with --events FILE...") }
        guard words.count == 1 else {
            throw UsageError(
                words.isEmpty ? "give the identifier to trace" : "give one identifier to trace, not \(words.count): \(words.joined(separator: " "))")
        }
        defer { progress?.finish() }
        let documents = try EventDocuments(reading: paths, jobs: jobs, progress: progress?.sink ?? .none)
        progress?.sink.report(.started(stage: .indexing, total: nil))
        let graph = documents.traceGraph(jobs: jobs)
        ExitTeardown.keep(graph)
        let report = TraceReport(trace: graph.trace(words[0]), readDiagnostics: documents.diagnostics)
        progress?.finish()
        switch format {
        case .text:
            console.out(report.text)
            for diagnostic in report.readProblems { console.err(diagnostic.description + "\n") }
        case .json:
            console.out(JSONWriter(pretty: true).string(report.json) + "\n")
        }
        return report.isClean ? .success : .invalid
    }
}
