import Foundation
import JSONCore
import Pipeline

/// `dpp schema validate`: plain JSON Schema 2020-12 validation of JSON files.
enum SchemaCommand: Command {
    static let name = "schema"
    static let summary = "validate JSON files against a JSON Schema 2020-12"
    static let help = """
        Usage: dpp schema validate --schema SCHEMA [--remote URL=DIR]... [--format text|json] [--assert-format] [--jobs N] INSTANCE...

        Validates each INSTANCE (a JSON file, or - for standard input) against SCHEMA, a JSON
        Schema 2020-12 file, and reports every error with its instance and keyword locations.

        Options:
          --schema FILE       the schema to validate against (required)
          --remote URL=DIR    read schemas referenced under URL from the folder DIR (repeatable);
                              nothing is ever fetched from the network
          --format text|json  the report format (default text; json is the standard "basic" output)
          --assert-format     check "format" (date-time, email, uri, ...) instead of ignoring it
          --jobs N            validate N files at a time, 1 to 1024 (default: one per processor core)

        Exit codes: 0 every instance is valid, 1 some instance is invalid,
        2 usage error or an unreadable or malformed schema or instance.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        guard let schemaPath = try arguments.option("--schema") else { throw UsageError("--schema FILE is required") }
        let remotes = try arguments.repeated("--remote").map(parseRemote)
        let assertFormats = try arguments.flag("--assert-format")
        let jobs = try arguments.jobs()
        var positionals = try arguments.positionals()
        guard positionals.first == "validate" else {
            throw UsageError(
                positionals.isEmpty ? "expected the subcommand 'validate'" : "unknown subcommand '\(positionals[0])'; expected 'validate'")
        }
        positionals.removeFirst()
        guard !positionals.isEmpty else { throw UsageError("give at least one INSTANCE file (or - for standard input)") }
        guard positionals.filter({ $0 == "-" }).count <= 1, !(schemaPath == "-" && positionals.contains("-")) else {
            throw UsageError("standard input (-) can be read only once")
        }
        let run = try SchemaValidationRun(schemaPath: schemaPath, remotes: remotes, assertFormats: assertFormats)
        let report = run.report(on: positionals, jobs: jobs)
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) : report.text)
        return report.hasUnreadable ? .usageOrUnreadable : report.isValid ? .success : .invalid
    }

    private static func parseRemote(_ text: String) throws(UsageError) -> (prefix: String, folder: URL) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex, text.index(after: equals) != text.endIndex else {
            throw UsageError("--remote needs URL=DIR, not \(text)")
        }
        let folder = URL(fileURLWithPath: String(text[text.index(after: equals)...]), isDirectory: true)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw UsageError("--remote folder \(folder.path) does not exist")
        }
        return (String(text[..<equals]), folder)
    }
}
