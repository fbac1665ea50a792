import Foundation
import Pipeline

/// `dpp demo`: the whole generate job on the bundled fixtures.
enum DemoCommand: Command {
    static let name = "demo"
    static let summary = "run the whole job on the bundled fixtures"
    static let help = """
        Usage: dpp demo [--out DIR] [--keys FOLDER | --key KEY] [--unsigned] [--at DATE] [--untp 0.7.0|0.6.1]
                        [--nginx NGINX_DIR [--listen ADDR:PORT]] [--format text|json] [--quiet]

        Generates the passports of the bundled demo fixtures (a fictional Mongolian cashmere
        processor: its catalogue and an EPCIS 2.0 export of its chain, embedded in dpp) into DIR
        (default demo-site), exactly as `dpp generate --key` would: signed by the demo issuer,
        \(DemoSigningKey.did), whose key is kept outside the site, in FOLDER (default DIR-keys),
        created there on the first run. Then writes the evidence report of the fixtures' latest
        year against the example lender profile into DIR-report (as `dpp report`).

        Options:
          --out DIR      the site folder (default demo-site), replaced as dpp generate --out replaces it
          --keys FOLDER  the folder of the demo key (default: DIR-keys beside the site)
          --key KEY      sign with this key instead (made by `dpp keys new --did \(DemoSigningKey.did)`)
          --unsigned     publish the passports unsigned, as `dpp generate` without --key
          --at DATE      check certificates on DATE (default \(GenerationRequest.demoCheckDate), the fixtures' shipping date)
          --untp VERSION the UNTP Digital Product Passport version to write: 0.7.0 (default) or 0.6.1
          --nginx NGINX_DIR  also write the site's nginx configuration there, as `dpp generate --nginx`
          --listen ADDR:PORT what it listens on: PORT or ADDR:PORT (default 80)
          --format FORMAT  text (default) or json: the report printed
          --quiet        no progress line (shown on standard error only when it is a terminal)

        """
    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let out = try arguments.option("--out") ?? "demo-site"
        let date = try arguments.checkDate(default: GenerationRequest.demoCheckDate)
        let format = try arguments.format()
        let progress = try arguments.progress(on: console)
        let keysFolder = try arguments.option("--keys")
        var key = try arguments.option("--key")
        let unsigned = try arguments.flag("--unsigned")
        let version = try arguments.untpVersion()
        let nginx = try arguments.nginxOutput()
        try arguments.finish()
        guard [keysFolder != nil, key != nil, unsigned].filter({ $0 }).count <= 1 else {
            throw UsageError("give at most one of --keys, --key and --unsigned")
        }
        if !unsigned && key == nil {
            let folder = keysFolder ?? URL(fileURLWithPath: out).standardizedFileURL.path + "-keys"
            let demoKey = try DemoSigningKey.keyFile(in: folder)
            key = demoKey.path
            if demoKey.created {
                console.err("Created the demo signing key \(demoKey.path) (outside the site; keep it to sign the same way again)\n")
            }
        }
        let request = GenerationRequest(
            inputs: .demoFixtures, baseURL: GenerationRequest.defaultBaseURL, checkDate: date,
            output: URL(fileURLWithPath: out), signingKey: key, version: version, nginx: nginx)
        let status = GenerationReport.run(request, command: name, format: format, progress: progress, console: console)
        guard status == .success else { return status }
        let report = EvidenceReportRun.Request(
            inputs: .demoFixtures, output: URL(fileURLWithPath: URL(fileURLWithPath: out).standardizedFileURL.path + "-report"), criteria: .demo)
        return ReportCommand.write(report, command: name, console: console)
    }
}
