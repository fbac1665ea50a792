import Diagnostics
import Passport
import Rendering
import Synchronization
import Traceability

/// The publish stage of traceability events: every event in the traces of the passports, once
/// each, as a UNTP 0.7.0 Digital Traceability Event credential at `events/<name>.jsonld`, and
/// `events/<name>.jwt` when the site is signed (see ``TraceabilityEventPath`` for the names).
///
/// Lots share events (a dehaired lot goes into several yarns), so the stage runs once the lots
/// are done, on the set of the events their traces hold. Paths are settled first, in event
/// order, so that two different events at one path (a shared `eventID`) are reported, an error
/// that stops the site from being published; then the credentials are assembled, signed and written
/// `jobs` at a time, each dropped once written, so that memory holds the events in flight only.
///
/// An event with an `eventID` whose content, catalogue, site and key are those its published
/// files were made from is staged from them without being read back, assembled or written out
/// (``OutputReuse/eventInputFingerprint(content:catalogFingerprint:baseURL:signingKey:)``).
/// Any other is assembled and compared by its document, as a passport is; its inputs'
/// fingerprint is recorded only when assembling it gave no diagnostics, so that one that did is
/// assembled again, and reports them, in every run.
struct TraceabilityEventPublication: Sendable {
    /// The events of the traces of the lots worked on so far, gathered from several threads.
    final class TracedEvents: Sendable {
        private let numbers = Mutex(Set<TraceGraph.EventNumber>())

        /// Adds the events of one lot's trace.
        func insert(_ events: [TraceGraph.EventNumber]) { numbers.withLock { $0.formUnion(events) } }

        /// Every event gathered, in the graph's order.
        var sorted: [TraceGraph.EventNumber] { numbers.withLock { $0.sorted() } }
    }

    /// What the stage gave: the events' problems, which belong to the inputs, and why the run
    /// stops when a credential could not be signed or written.
    struct Outcome: Sendable {
        var diagnostics: [Diagnostic]
        var writeFailure: SiteStaging.Failure?
    }

    let graph: TraceGraph
    let assembler: TraceabilityEventAssembler
    let signing: SiteSigning?
    /// Where an event's files unchanged since the published site come from.
    let reuse: OutputReuse
    /// The catalogue's fingerprint (``GenerationInputs/catalogFingerprint``); without it every
    /// event is assembled to be compared.
    let catalogFingerprint: [UInt8]?

    /// Assembles the credential of each of `events` (numbers of `graph`, in order) and, when
    /// `staging` is given, signs and writes it there; the outcome is the same whatever `jobs`.
    func run(_ events: [TraceGraph.EventNumber], staging: SiteStaging?, jobs: JobCount) -> Outcome {
        let (published, diagnostics) = settlePaths(events)
        let outcomes = OrderedParallelMap.map(published, jobs: jobs) { number in publish(number, staging: staging) }
        return Outcome(diagnostics: diagnostics + outcomes.flatMap(\.diagnostics), writeFailure: outcomes.lazy.compactMap(\.writeFailure).first)
    }

    /// The events of `events` to publish (the first of those given twice) and the diagnostics of
    /// different events at one path; the table of paths is dropped before the events are published.
    private func settlePaths(_ events: [TraceGraph.EventNumber]) -> (published: [TraceGraph.EventNumber], diagnostics: [Diagnostic]) {
        var firstAtPath: [TraceabilityEventPath: TraceGraph.EventNumber] = [:]
        var published: [TraceGraph.EventNumber] = []
        var diagnostics: [Diagnostic] = []
        for number in events {
            // An event without a place has no path; assembling it below reports why.
            guard let path = graph.eventID(number).map(TraceabilityEventPath.init(eventID:)) ?? assembler.path(of: graph.event(number)) else {
                published.append(number)
                continue
            }
            guard let first = firstAtPath[path] else {
                firstAtPath[path] = number
                published.append(number)
                continue
            }
            let event = graph.event(number)
            let earlier = graph.event(first)
            // The same event given twice (in two files) is one event.
            if earlier != event {
                let shared = event.eventID.map { "both have eventID \($0)" } ?? "have no eventID and the same published content"
                diagnostics.append(
                    Diagnostic(
                        TraceabilityEventRule.sharedPath,
                        "this event and the one at \(earlier.location) differ but \(shared), so both would be published at \(path.url(baseURL: assembler.baseURL)) and a link to it could not tell which is meant: give each event its own eventID",
                        at: event.location))
            }
        }
        return (published, diagnostics)
    }

    /// Assembles the credential of the event numbered `number` and, when `staging` is given,
    /// signs and writes it, or stages its files from the published site when they are unchanged.
    private func publish(_ number: TraceGraph.EventNumber, staging: SiteStaging?) -> Outcome {
        let order = ManifestSpool.Order(kind: .event, number: number.position)
        var inputFingerprint: OutputFingerprint?
        if let staging, let catalogFingerprint, let eventID = graph.eventID(number) {
            inputFingerprint = graph.withContent(of: number) { content in
                reuse.eventInputFingerprint(
                    content: content, catalogFingerprint: catalogFingerprint, baseURL: assembler.baseURL, signingKey: signing?.issuer.keyURL)
            }
            let key = TraceabilityEventPath(eventID: eventID).documentFile.joined(separator: "/")
            do {
                if try reuse.reuse(reuse.published(key), as: key, inputFingerprint: inputFingerprint, order: order, staging: staging) {
                    return Outcome(diagnostics: [])
                }
            } catch {
                return Outcome(diagnostics: [], writeFailure: error)
            }
        }
        let event = graph.event(number)
        let sink = DiagnosticSink()
        guard let credential = assembler.assemble(event, sink: sink), let staging else { return Outcome(diagnostics: sink.diagnostics) }
        do {
            let document = credential.document
            let key = credential.path.documentFile.joined(separator: "/")
            let documentBytes = TraceabilityEventFiles.documentBytes(document)
            let fingerprint = reuse.eventFingerprint(documentBytes: documentBytes, signingKey: signing?.issuer.keyURL)
            // Its inputs tell it all only when they gave no diagnostics: those are reported again only by assembling it.
            let inputs = sink.diagnostics.isEmpty ? inputFingerprint : nil
            if try reuse.reuse(reuse.published(key), as: key, fingerprint: fingerprint, inputFingerprint: inputs, order: order, staging: staging) {
                return Outcome(diagnostics: sink.diagnostics)
            }
            let jwt = try signing?.issuer.sign(credential: document)
            let files = TraceabilityEventFiles.files(of: credential, documentBytes: documentBytes, jwt: jwt)
            for file in files { try staging.write(file) }
            reuse.record(key, order: order, fingerprint: fingerprint, inputFingerprint: inputs, files: files.map(\.path))
            return Outcome(diagnostics: sink.diagnostics)
        } catch let failure as SiteStaging.Failure {
            return Outcome(diagnostics: sink.diagnostics, writeFailure: failure)
        } catch {
            return Outcome(
                diagnostics: sink.diagnostics,
                writeFailure: SiteStaging.Failure(message: "the traceability event \(credential.id) cannot be signed: \(error)"))
        }
    }
}
