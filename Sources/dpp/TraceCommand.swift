/// `dpp trace --events F... ID`: where a product, lot or item came from.
enum TraceCommand: Command {
    static let name = "trace"
    static let summary = "trace a product, lot or item back to its origins"
    static let help = "Usage: dpp trace --events FILE... ID [--format text|json]\n"

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        throw UsageError("not yet available")
    }
}
