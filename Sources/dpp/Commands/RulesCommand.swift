import JSONCore
import Pipeline

/// `dpp rules`: every rule any command can report, with its severity, kind, module and summary.
enum RulesCommand: Command {
    static let name = "rules"
    static let summary = "list every rule id with its severity and what it checks"
    static let help = """
        Usage: dpp rules [--format text|json] [--module NAME]

        Lists every rule a diagnostic of dpp can name: its stable id, its default severity
        (some are reported at another severity where a command says so, such as
        EPCIS-XML-ELEMENT-ORDER with --strict-order, or trace findings that stop publishing),
        its kind (finding: the input was read and this is wrong with it; malformed: the input
        does not parse; unreadable: the input cannot be read at all), the module that
        declares it and a one-line summary. Sorted by id.

        Options:
          --format text|json   text (default): one rule a line; json: an array of objects with
                               id, severity, kind, module and summary
          --module NAME        only the rules of one module (Diagnostics, GS1, JSONSchema,
                               Traceability, Spreadsheets, Passport, Credentials, Pipeline)

        Exit codes: 0 listed, 2 usage error.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let module = try arguments.option("--module")
        try arguments.finish()
        var rules = RuleCatalog.all
        if let module {
            let modules = Set(rules.map(\.module))
            guard modules.contains(module) else {
                throw UsageError("--module must be one of \(modules.sorted().joined(separator: ", ")), not '\(module)'")
            }
            rules = rules.filter { $0.module == module }
        }
        switch format {
        case .text:
            let width = rules.map(\.id.count).max() ?? 0
            console.out(
                rules.map { rule in
                    [
                        padded(rule.id, width), padded(rule.severity.rawValue, 7), padded(rule.kind.rawValue, 10), padded(rule.module, 12),
                        rule.summary,
                    ]
                    .joined(separator: "  ") + "\n"
                }.joined())
        case .json:
            console.out(JSONWriter(pretty: true).string(.array(rules.map(\.json))) + "\n")
        }
        return .success
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
