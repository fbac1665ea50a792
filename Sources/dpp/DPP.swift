import Foundation

/// The `dpp` entry point: picks the command, runs it, and maps every outcome to an exit code.
@main
struct DPP {
    /// Every command, in the order `dpp --help` lists them.
    static let commands: [any Command.Type] = [
        GenerateCommand.self,
        ValidateCommand.self,
        MigrateCommand.self,
        VerifyCommand.self,
        TraceCommand.self,
        ReportCommand.self,
        EventsCommand.self,
        TemplateCommand.self,
        CatalogCommand.self,
        SiteCommand.self,
        QRCommand.self,
        LabelsCommand.self,
        LinkCommand.self,
        SchemaCommand.self,
        KeysCommand.self,
        RevokeCommand.self,
        RulesCommand.self,
        DemoCommand.self,
        VersionCommand.self,
    ]

    static func main() {
        AllocatorTuning.runAgainTunedIfUntuned()
        let console = Console()
        let status = run(Array(CommandLine.arguments.dropFirst()), console: console)
        exit(status.rawValue)
    }

    /// Runs `dpp` with `words` (without the program name) and returns the exit status.
    static func run(_ words: [String], console: Console) -> ExitStatus {
        guard let first = words.first, first != "--help", first != "-h", first != "help" else {
            console.out(overview)
            return words.isEmpty ? .usageOrUnreadable : .success
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            console.err("dpp: unknown command '\(first)'\n\n" + overview)
            return .usageOrUnreadable
        }
        var arguments = Arguments(Array(words.dropFirst()))
        do {
            if try arguments.flag("--help") || arguments.flag("-h") {
                console.out(command.help)
                return .success
            }
            return try command.run(&arguments, console: console)
        } catch {
            return ErrorReport.report(error, command: command.name, console: console)
        }
    }

    static var overview: String {
        var text = "dpp: Digital Product Passports for textiles\n\nUsage: dpp <command> [options]\n\nCommands:\n"
        for command in commands {
            text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + " " + command.summary + "\n"
        }
        text += "\nRun 'dpp <command> --help' for a command's options.\n"
        text += "Exit codes: 0 success, 1 invalid input, 2 usage error or unreadable input, 3 internal error.\n"
        return text
    }
}
