import JSONCore
import Pipeline
import Traceability

/// `dpp events check F...`: reads EPCIS 2.0 documents and reports every problem;
/// `dpp events convert STEPS --to OUT`: turns step rows into an EPCIS 2.0 document.
enum EventsCommand: Command {
    static let name = "events"
    static let summary = "check EPCIS 2.0 event files (XML or JSON-LD), or convert step rows into one"
    static let help = """
        Usage: dpp events check FILE... [--format text|json] [--strict-order] [--jobs N] [--quiet]
               dpp events convert STEPS --to OUT [--catalog FILE|FOLDER]

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

        dpp events convert reads step rows (STEPS: a .csv file, or an .xlsx workbook whose
        'Steps' sheet, or first sheet, holds them; one row per step: herder lot, shipping,
        receiving, dehairing, fibre test, spinning, knitting, packing) and writes them as EPCIS
        2.0 into OUT: XML when OUT ends in .xml, JSON-LD when it ends in .jsonld or .json. Every
        problem is reported with its row and column; when any row has an error nothing is
        written. The columns are listed in README ("Step rows"). With --catalog (JSON, an .xlsx
        workbook or a folder of CSV files), locations and parties may be named as the catalogue
        names its facilities and parties, and certificates by their numbers. dpp generate, trace and events check read step rows directly too.

        Exit codes: 0 no errors (convert: OUT written), 1 some file has errors (convert: nothing
        written), 2 usage error or a file cannot be read or written.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let jobs = try arguments.jobs()
        let elementOrder: XMLElementOrder = try arguments.flag("--strict-order") ? .strict : .lenient
        let progress = try arguments.progress(on: console)
        let catalog = try arguments.option("--catalog")
        let out = try arguments.option("--to")
        let words = try arguments.positionals()
        if words.first == "convert" { return try convert(Array(words.dropFirst()), to: out, catalog: catalog, console: console) }
        guard words.first == "check" else {
            throw UsageError(words.isEmpty ? "missing subcommand: check or convert" : "unknown subcommand '\(words[0])'; use check or convert")
        }
        guard out == nil, catalog == nil else { throw UsageError("--to and --catalog are options of events convert") }
        let paths = Array(words.dropFirst())
        guard !paths.isEmpty else { throw UsageError("give at least one EPCIS file") }
        defer { progress?.finish() }
        let documents = try EventDocuments(reading: paths, jobs: jobs, elementOrder: elementOrder, progress: progress?.sink ?? .none)
        progress?.finish()
        let report = EventCheckReport(documents)
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) + "\n" : report.text)
        return report.hasErrors ? .invalid : .success
    }

    /// `dpp events convert STEPS --to OUT [--catalog FILE]`.
    private static func convert(_ paths: [String], to out: String?, catalog: String?, console: Console) throws -> ExitStatus {
        guard paths.count == 1, let path = paths.first else { throw UsageError("give one file of step rows to convert") }
        guard StepRows.isStepFile(path) else { throw UsageError("events convert reads step rows: a .csv or .xlsx file, not '\(path)'") }
        guard let out else { throw UsageError("--to is required: the EPCIS file to write (.jsonld or .xml)") }
        guard let format = StepConversion.Format(path: out) else { throw UsageError("--to must end in .jsonld, .json or .xml, not '\(out)'") }
        let conversion = try StepConversion(reading: path, catalog: catalog)
        for diagnostic in conversion.diagnostics { console.err(diagnostic.description + "\n") }
        guard !conversion.hasErrors else { return .invalid }
        try AtomicFile.write(conversion.document(format), to: out)
        console.out("\(out): \(conversion.events.count) events\n")
        return .success
    }
}
