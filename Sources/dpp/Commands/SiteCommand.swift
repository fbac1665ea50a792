import Foundation
import Pipeline

/// `dpp site merge SHARD... --catalog F --events F... --out DIR`: the sites of `generate --shard`
/// joined into one.
enum SiteCommand: Command {
    static let name = "site"
    static let summary = "join the parts published by generate --shard into one site"
    static let help = """
        Usage: dpp site merge SHARD... --catalog FILE --events FILE... --out DIR [the options of dpp generate]

        Publishes into DIR the site dpp generate would publish from the same inputs and options,
        taking every passport and traceability event from the SHARD sites (each published by
        dpp generate --shard K/N with the same inputs, options and build of dpp) instead of
        rendering and signing it again. The merge reads the inputs, assembles and checks every
        passport as dpp generate does, and writes the parts that depend on every lot once: the
        index, the product pages, the facility records, the status list and the resolver files
        (and the nginx configuration with --nginx). What no shard holds, or holds from other
        inputs or another build, is rendered here; the run says how many passports and events
        it took from the shards. Publishing is atomic, as with dpp generate.

        The shards of one programme share the signing key (--key, with its DID document) and
        DIR's status allocation: every shard allocates the status list indexes of every lot,
        not only its own, starting from the allocation in its own --out folder, so give each
        shard a copy of DIR/status/allocation.json (in SHARD/status/) before a run that adds
        lots; with the same allocation every shard and the merge give each lot the same index.

        Options: those of dpp generate (see dpp generate --help), without --shard.

        Exit codes: 0 published, 1 an input or passport is invalid (nothing published),
        2 usage error, a shard that is not a published site, or an input that cannot be read.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let run = try GenerateCommand.Run(&arguments, console: console)
        let words = try arguments.positionals()
        guard words.first == "merge" else {
            throw UsageError(words.isEmpty ? "missing subcommand: merge" : "unknown subcommand '\(words[0])'; use merge")
        }
        let shards = words.dropFirst().map { URL(fileURLWithPath: $0) }
        guard !shards.isEmpty else { throw UsageError("name the shard sites to merge (folders dpp generate --shard published)") }
        for shard in shards where !PublicationManifest.isPublishedSite(shard) {
            throw UsageError("\(shard.path) is not a site dpp generate published: it has no \(PublicationManifest.fileName)")
        }
        var request = run.request
        request.reuseSources = shards
        return GenerationReport.run(request, command: name, format: run.format, progress: run.progress, timings: run.timings, console: console)
    }
}
