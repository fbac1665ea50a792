/// `dpp version`: prints the version and how the memory allocator is set for the run.
enum VersionCommand: Command {
    static let name = "version"
    static let summary = "print the version of dpp"
    static let help = """
        Usage: dpp version

        Prints the version of dpp, then how glibc's allocator is set for the run: dpp runs itself
        again with GLIBC_TUNABLES=\(AllocatorTuning.setting) unless GLIBC_TUNABLES is set already
        (set it empty to run with glibc's defaults).

        """
    static let version = "0.1.0"

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        try arguments.finish()
        console.out("dpp \(version)\n\(AllocatorTuning.description)\n")
        return .success
    }
}
