import JSONCore
import Passport
import Pipeline

/// Runs a generation request for `generate` and `demo` and prints what it gave.
enum GenerationReport {
    /// Runs `request`, prints the report (problems as text on standard error, or the whole report
    /// as JSON) and where the site went, and with `timings` how long each stage took; the exit
    /// status of the run.
    static func run(
        _ request: GenerationRequest, command: String, format: ReportFormat, progress: ProgressLine?, timings: StageTimes? = nil,
        console: Console
    ) -> ExitStatus {
        let outcome: GenerationOutcome
        let sinks = [progress?.sink, timings?.sink].compactMap { $0 }
        do {
            defer { progress?.finish() }
            outcome = try GenerationPipeline.run(request, progress: ProgressSink { event in for sink in sinks { sink.report(event) } })
        } catch {
            let status = ErrorReport.report(error, command: command, console: console)
            console.err("Nothing was published.\n")
            return status
        }
        if let timings { console.err(timings.summary()) }
        let report = outcome.report
        switch format {
        case .json: console.out(JSONWriter(pretty: true).string(report.json))
        case .text:
            let problems = report.files.filter { !$0.diagnostics.isEmpty }
            if !problems.isEmpty { console.err(ValidationReport(files: problems).text) }
        }
        guard let site = outcome.published else {
            console.err("Nothing was published: fix the errors above and run again.\n")
            return ExitStatus(report) == .success ? .invalid : ExitStatus(report)
        }
        console.err("Published \(site.passportCount) passport(s) to \(request.output.path)/ (open \(request.output.path)/index.html)\n")
        if site.reusedPassports + site.reusedEvents > 0 {
            let source = request.reuseSources.isEmpty ? "Unchanged since the previous site" : "Taken from the shards or the previous site"
            console.err(
                "\(source), reused as they were: \(site.reusedPassports) of \(site.passportCount) passport(s), \(site.reusedEvents) traceability event(s); \(site.reusedChecks) passport check(s) as recorded\n"
            )
        }
        if let nginx = request.nginx {
            console.err("Wrote the nginx configuration to \(nginx.folder.path)/ (run it with: nginx -p \(nginx.folder.path) -c nginx.conf)\n")
        }
        return .success
    }
}
