import Diagnostics
import Foundation
import JSONCore
import Passport
import Rendering
import TextileResources
import Traceability

/// The report stage: reads the catalogue, the events and a lender's criteria, works out the
/// ``EvidenceReport`` of the issuer over the period, and writes `report.json` and `report.html`.
public enum EvidenceReportRun {
    /// What to report on and where to write it.
    public struct Request: Sendable {
        /// Where the lender's criteria come from.
        public enum Criteria: Sendable {
            case none
            case file(String)
            /// The demo's example profile, `Fixtures/demo/lender-criteria.json`.
            case demo
        }

        public var inputs: GenerationRequest.Inputs
        public var output: URL
        /// The first and last day; a missing end is taken from the calendar year of the latest processing.
        public var from: CalendarDate?
        public var to: CalendarDate?
        public var criteria: Criteria
        /// `en` or `mn`.
        public var language: String

        public init(
            inputs: GenerationRequest.Inputs, output: URL, from: CalendarDate? = nil, to: CalendarDate? = nil, criteria: Criteria = .none,
            language: String = "en"
        ) {
            self.inputs = inputs
            self.output = output
            self.from = from
            self.to = to
            self.criteria = criteria
            self.language = language
        }
    }

    /// The report when one was written, and every problem of the inputs.
    public struct Outcome: Sendable {
        public var report: EvidenceReport?
        public var diagnostics: [Diagnostic]
    }

    /// The demo's example criteria file, as named in diagnostics.
    public static let demoCriteriaName = "Fixtures/demo/lender-criteria.json"

    /// Runs the stage. Throws ``InputFailure`` when a file cannot be read at all and
    /// ``AtomicFile/Failure`` when the report cannot be written; a report with errors in its
    /// inputs is not written.
    public static func run(_ request: Request) throws -> Outcome {
        let inputs = try GenerationInputs(reading: request.inputs, jobs: .perCore)
        let sink = DiagnosticSink()
        sink.add(contentsOf: inputs.diagnostics)
        let criteria = try readCriteria(request.criteria, sink: sink)
        guard let catalog = inputs.catalog, let criteria, !sink.diagnostics.hasErrors else {
            return Outcome(report: nil, diagnostics: sink.diagnostics)
        }
        let builder = EvidenceReportBuilder(catalog: catalog, graph: inputs.events.traceGraph(jobs: .perCore))
        let fallback = builder.defaultPeriod
        guard let from = request.from ?? fallback?.from ?? request.to, let to = request.to ?? fallback?.to ?? request.from else {
            sink.add(
                .error(
                    ReportRule.period, "the events record no processing by \(catalog.issuer.name); give the period with --from and --to",
                    at: SourceLocation(file: "report")))
            return Outcome(report: nil, diagnostics: sink.diagnostics)
        }
        guard from <= to else {
            sink.add(.error(ReportRule.period, "the period starts (\(from)) after it ends (\(to))", at: SourceLocation(file: "report")))
            return Outcome(report: nil, diagnostics: sink.diagnostics)
        }
        let report = builder.report(period: ReportPeriod(from: from, to: to), criteria: criteria)
        try FileManager.default.createDirectory(at: request.output, withIntermediateDirectories: true)
        try AtomicFile.write(JSONWriter(pretty: true).bytes(report.json), to: request.output.appendingPathComponent("report.json").path)
        let html = ReportPage.html(report, certificates: catalog.certificates, language: request.language)
        try AtomicFile.write(Array(html.utf8), to: request.output.appendingPathComponent("report.html").path)
        return Outcome(report: report, diagnostics: sink.diagnostics)
    }

    /// The criteria of `source`, or `nil` with the problems in `sink`.
    static func readCriteria(_ source: Request.Criteria, sink: DiagnosticSink) throws(InputFailure) -> LenderCriteria? {
        switch source {
        case .none:
            return LenderCriteria(criteria: [])
        case .demo:
            return LenderCriteria.read(EmbeddedResources.demoFixtures["lender-criteria.json"]!, file: demoCriteriaName, sink: sink)
        case .file(let path):
            switch InputFile.read(path) {
            case .success(let bytes): return LenderCriteria.read(bytes, file: path, sink: sink)
            case .failure(let diagnostic): throw InputFailure(diagnostic)
            }
        }
    }
}
