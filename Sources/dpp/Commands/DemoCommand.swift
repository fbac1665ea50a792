import Foundation
import Pipeline

/// `dpp demo`: the whole generate job on the bundled fixtures.
enum DemoCommand: Command {
    static let name = "demo"
    static let summary = "run the whole job on the bundled fixtures"
    static let help = """
        Usage: dpp demo [--out DIR] [--at DATE] [--format text|json] [--quiet]

        Generates the passports of the bundled demo fixtures (a fictional Mongolian cashmere
        processor: its catalogue and an EPCIS 2.0 export of its chain, embedded in dpp) into DIR
        (default demo-site), exactly as `dpp generate` would.

        Options:
          --out DIR      the site folder (default demo-site)
          --at DATE      check certificates on DATE (default \(GenerationRequest.demoCheckDate), the fixtures' shipping date)
          --format FORMAT  text (default) or json: the report printed
          --quiet        no progress line (shown on standard error only when it is a terminal)

        """
    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let out = try arguments.option("--out") ?? "demo-site"
        let date = try arguments.checkDate(default: GenerationRequest.demoCheckDate)
        let format = try arguments.format()
        let progress = try arguments.progress(on: console)
        try arguments.finish()
        let request = GenerationRequest(
            inputs: .demoFixtures, baseURL: GenerationRequest.defaultBaseURL, checkDate: date,
            output: URL(fileURLWithPath: out))
        return GenerationReport.run(request, command: name, format: format, progress: progress, console: console)
    }
}
