import Foundation
import Traceability
import TextileResources

/// `dpp demo`: the whole generate job on the bundled fixtures.
enum DemoCommand: Command {
    static let name = "demo"
    static let summary = "run the whole job on the bundled fixtures"
    static let help = """
    Usage: dpp demo [--out DIR] [--at DATE]

    Generates the passports of the bundled demo fixtures (a fictional Mongolian cashmere
    processor: its catalogue and an EPCIS 2.0 export of its chain, embedded in dpp) into DIR
    (default demo-site), exactly as `dpp generate` would.

    Options:
      --out DIR      the site folder (default demo-site)
      --at DATE      check certificates on DATE (default 2026-09-01, the fixtures' shipping date)

    """
    /// The fixtures' shipping date: the demo's certificates are checked as an exporter would.
    static let fixtureDate = "2026-09-01"

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let out = try arguments.option("--out") ?? "demo-site"
        let date = try CheckDate.parse(try arguments.option("--at") ?? fixtureDate)
        try arguments.finish()
        let fixtures = EmbeddedResources.demoFixtures
        let run = GenerationRun(
            catalog: .init(name: "Fixtures/demo/catalog.json", bytes: fixtures["catalog.json"]!),
            events: [EPCISReader.read(fixtures["events.jsonld"]!, source: "Fixtures/demo/events.jsonld")],
            baseURL: GenerateCommand.defaultBaseURL, date: date, output: URL(fileURLWithPath: out), format: .text
        )
        return run.run(console: console)
    }
}
