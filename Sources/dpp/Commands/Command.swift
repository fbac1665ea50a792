/// One `dpp` subcommand: its name, its help, and what it does with its arguments.
protocol Command: Sendable {
    /// The word after `dpp`.
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The full `--help` text.
    static var help: String { get }
    /// Runs the command; throws ``UsageError`` for a wrong command line.
    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus
}
