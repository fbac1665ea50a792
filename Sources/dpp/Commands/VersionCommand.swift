/// `dpp version`: prints the version.
enum VersionCommand: Command {
    static let name = "version"
    static let summary = "print the version of dpp"
    static let help = "Usage: dpp version\n\nPrints the version of dpp.\n"
    static let version = "0.1.0"

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        try arguments.finish()
        console.out("dpp \(version)\n")
        return .success
    }
}
