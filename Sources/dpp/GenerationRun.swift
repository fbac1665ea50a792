import Diagnostics
import Foundation
import JSONCore
import Passport
import Rendering
import Traceability

/// The whole generate job shared by `dpp generate` and `dpp demo`: read, trace, assemble,
/// check, render, publish; nothing is published unless every passport passes.
struct GenerationRun {
    /// One input file's name (for diagnostics) and bytes.
    struct Input {
        let name: String
        let bytes: [UInt8]
    }

    let catalog: Input
    /// What was read from each events document.
    let events: [EPCISReadResult]
    let baseURL: String
    let date: CalendarDate
    let output: URL
    let format: ReportFormat

    /// Runs the job and prints its report; returns the exit status.
    func run(console: Console) -> ExitStatus {
        let sink = DiagnosticSink()
        let catalog = CatalogReader.read(self.catalog.bytes, file: self.catalog.name, sink: sink)
        for result in events {
            sink.add(contentsOf: result.diagnostics.map(PublishingPolicy.escalated))
        }
        guard let catalog, !sink.diagnostics.hasErrors else {
            return finish(ValidationReport(files: [inputVerdict(sink)]), published: nil, console: console)
        }
        let graph = TraceGraph(documents: events.map(\.events))
        let generator = PassportGenerator(catalog: catalog, graph: graph, baseURL: baseURL, context: CheckContext(date: date))
        let outputs = generator.generate(sink: sink)
        let verdicts = outputs.map { output in
            ValidationReport.FileVerdict(path: (try? PassportPath.relativePath(of: output.passport)) ?? output.passport.link,
                                         readable: true, diagnostics: output.diagnostics)
        }
        let report = ValidationReport(files: [inputVerdict(sink)] + verdicts)
        guard report.invalidCount == 0, !outputs.isEmpty else {
            return finish(report, published: nil, console: console)
        }
        do {
            let site = try PassportSite.build(outputs.map { PassportSite.Entry(passport: $0.passport, document: $0.document) },
                                              report: report.json)
            try SitePublisher.publish(site, to: output)
        } catch {
            console.err("dpp: cannot publish to \(output.path): \(error)\n")
            return .usageOrUnreadable
        }
        return finish(report, published: outputs.count, console: console)
    }

    private func inputVerdict(_ sink: DiagnosticSink) -> ValidationReport.FileVerdict {
        let malformed = sink.diagnostics.contains { $0.severity == .error && $0.ruleID.hasSuffix("-MALFORMED") }
        return .init(path: "inputs", readable: !malformed, diagnostics: sink.diagnostics)
    }

    private func finish(_ report: ValidationReport, published: Int?, console: Console) -> ExitStatus {
        switch format {
        case .json: console.out(JSONWriter(pretty: true).string(report.json))
        case .text:
            let problems = report.files.filter { !$0.diagnostics.isEmpty }
            if !problems.isEmpty { console.err(ValidationReport(files: problems).text) }
        }
        if let published {
            console.err("Published \(published) passport(s) to \(output.path)/ (open \(output.path)/index.html)\n")
            return .success
        }
        console.err("Nothing was published: fix the errors above and run again.\n")
        return report.hasUnreadable ? .usageOrUnreadable : .invalid
    }
}
