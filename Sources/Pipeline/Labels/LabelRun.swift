import Diagnostics
import Foundation
import Passport
import Rendering
import Spooling
import Traceability

/// The library entry point of `dpp labels`: read → trace → assemble → check as `generate` does,
/// then lay out and draw each lot's labels into the output folder at its Digital Link path.
/// Labels are made only of passports that pass their check, and the folder is written only
/// when every lot's labels could be made, all at once.
public enum LabelRun {
    /// What a run gave: the report of the inputs and passports, the lots whose labels could not
    /// be made, and how many lots got labels when the folder was written.
    public struct Outcome: Sendable {
        public var report: ValidationReport
        public var failures: [LabelFailure]
        /// The number of lots labelled, `nil` when nothing was written.
        public var labelledLots: Int?
    }

    /// Runs `request`. Throws ``InputFailure`` for an input that cannot be read,
    /// ``SiteStaging/Failure`` when the folder cannot be written.
    public static func run(_ request: LabelRequest) throws -> Outcome {
        let inputs = try GenerationInputs(reading: request.inputs, jobs: request.jobs)
        let inputDiagnostics = inputs.diagnostics.map(PublishingPolicy.escalated)
        guard let catalog = inputs.catalog, !inputDiagnostics.hasErrors else {
            return Outcome(report: ValidationReport(files: [.init(path: "inputs", diagnostics: inputDiagnostics)]), failures: [], labelledLots: nil)
        }
        let generator = PassportGenerator(
            catalog: catalog, graph: inputs.events.traceGraph(jobs: request.jobs), baseURL: request.baseURL, version: .latest)
        let plan = generator.plan()
        let check = PassportCheck()
        let context = CheckContext(date: request.checkDate)
        let results = OrderedParallelMap.map(plan.lots, jobs: request.jobs) { lot -> LotLabels in
            LotLabels(lot, generator: generator, check: check, context: context, options: request.options)
        }
        let diagnostics = inputDiagnostics + plan.diagnostics(merging: results.map(\.inputDiagnostics))
        let report = ValidationReport(files: [.init(path: "inputs", diagnostics: diagnostics)] + results.compactMap(\.verdict))
        let failures = results.compactMap(\.failure)
        guard report.invalidCount == 0, failures.isEmpty, !results.isEmpty, results.allSatisfy({ $0.files != nil }) else {
            return Outcome(report: report, failures: failures, labelledLots: nil)
        }
        let staging = try SiteStaging(
            publishing: request.output,
            replacing: .previousOutput(marker: PassportPath.topFolder, names: [PassportPath.topFolder, LabelFiles.sheetFolder]),
            removal: ParallelLoop(jobs: request.jobs))
        do {
            for file in results.flatMap({ $0.files ?? [] }) { try staging.write(file) }
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
        return Outcome(report: report, failures: [], labelledLots: results.count)
    }
}

/// One lot's passport check and, when it passes, its label files.
private struct LotLabels: Sendable {
    var inputDiagnostics: [Diagnostic] = []
    var verdict: ValidationReport.FileVerdict?
    var failure: LabelFailure?
    var files: [SiteFile]?

    init(_ lot: GenerationPlan.Lot, generator: PassportGenerator, check: PassportCheck, context: CheckContext, options: LabelFiles.Options) {
        let assembly = generator.assemble(lot)
        inputDiagnostics = assembly.diagnostics.map(PublishingPolicy.escalated)
        guard let passport = assembly.assembled?.passport, let document = assembly.assembled?.document else { return }
        let file = (try? PassportPath.relativePath(of: passport)) ?? passport.link ?? ""
        let diagnostics = check.run(document, file: file, context: context)
        verdict = .init(path: file, diagnostics: diagnostics)
        guard !diagnostics.hasErrors, !inputDiagnostics.hasErrors else { return }
        let count = generator.graph.producedCount(of: lot.lot.id)
        let texts = generator.catalog.texts(ofProduct: passport.product.registeredID ?? "")
        do { files = try LabelFiles(passport: passport, producedCount: count, options: options, productTexts: texts).files } catch {
            failure = error
        }
    }
}
