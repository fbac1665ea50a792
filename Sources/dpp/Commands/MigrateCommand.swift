import JSONCore
import Passport
import Pipeline

/// `dpp migrate`: converts passports to another UNTP version and says what could not be carried over.
enum MigrateCommand: Command {
    static let name = "migrate"
    static let summary = "convert passports (files or folders) to another UNTP version"
    static let help = """
        Usage: dpp migrate PATH... --out DIR [--to 0.7.0|0.6.1] [--format text|json]

        Reads every passport file given, and every *.jsonld file below each folder given (except
        JSON-LD contexts under a 'contexts' folder), in the UNTP Digital Product Passport version
        its @context names (0.6.1 or 0.7.0, ours or another tool's), and writes it in the version
        asked for into DIR: a file given by itself at its name, a file found in a folder at its
        path below that folder. Our textile context becomes the one of the new version (publish
        it beside the passports, as `dpp generate` does).

        Each file is reported with what could not be carried over (MIGRATE-NOT-CARRIED): members
        dpp does not read in the passport's version, and values the new version has no member
        for. Migrate to check nothing: run `dpp validate` on DIR afterwards.

        Options:
          --out DIR          the folder the migrated passports are written into (made if needed);
                             never the one they are read from, where a passport would be written
                             over with what could not be carried over lost (exit 2)
          --to VERSION       the version to write: 0.7.0 (default) or 0.6.1
          --format FORMAT    text (default) or json

        Exit codes: 0 every file migrated, 1 a file of no known UNTP version (not written), 2 usage
        error, an unreadable file or a file that cannot be written.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let target = try arguments.untpVersion("--to")
        guard let out = try arguments.option("--out") else { throw UsageError("--out is required") }
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give at least one passport file or folder") }
        let run = MigrationRun(migration: PassportMigration(to: target), output: out)
        let report = try run.run(try run.items(paths))
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) : report.text)
        return ExitStatus(report)
    }
}
