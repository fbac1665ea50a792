import Diagnostics
import JSONCore
import Passport
import Rendering
import Spooling
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
    /// The events of the traces of the lots worked on so far, gathered from several threads: a
    /// bit for each event number up to the highest gathered (42 KB for 335,000 events, where a
    /// set of their numbers took megabytes).
    final class TracedEvents: Sendable {
        private let words = Mutex<[UInt64]>([])

        /// Adds the events of one lot's trace.
        func insert(_ events: [TraceGraph.EventNumber]) {
            words.withLock { words in
                for event in events {
                    let (word, bit) = event.position.quotientAndRemainder(dividingBy: 64)
                    if word >= words.count { words += repeatElement(0, count: word + 1 - words.count) }
                    words[word] |= 1 << UInt64(bit)
                }
            }
        }

        /// Every event gathered, each once, in the graph's order.
        var sorted: [TraceGraph.EventNumber] {
            words.withLock { words in
                var numbers: [TraceGraph.EventNumber] = []
                for (index, word) in words.enumerated() {
                    var bits = word
                    while bits != 0 {
                        numbers.append(TraceGraph.EventNumber(position: index * 64 + bits.trailingZeroBitCount))
                        bits &= bits - 1
                    }
                }
                return numbers
            }
        }
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
        // Most events give neither a diagnostic nor a failure: only the outcomes that do are
        // kept, with the event's place, so memory holds nothing for the others.
        let telling = Mutex<[(index: Int, outcome: Outcome)]>([])
        OrderedParallelMap.forEach(indicesBelow: published.count, jobs: jobs) { index in
            let outcome = publish(published[index], staging: staging)
            guard !outcome.diagnostics.isEmpty || outcome.writeFailure != nil else { return }
            telling.withLock { $0.append((index, outcome)) }
        }
        let outcomes = telling.withLock { $0 }.sorted { $0.index < $1.index }.map(\.outcome)
        return Outcome(diagnostics: diagnostics + outcomes.flatMap(\.diagnostics), writeFailure: outcomes.lazy.compactMap(\.writeFailure).first)
    }

    /// The events of `events` to publish (the first of those given twice) and the diagnostics of
    /// different events at one path, in the order of the events.
    ///
    /// Memory holds each event's path as its hash (with its place, 16 bytes), not the path: a
    /// programme publishes hundreds of thousands of events. Paths are compared only among events
    /// whose hashes are equal, which is where two events share a path (or, rarely, two paths a hash).
    private func settlePaths(_ events: [TraceGraph.EventNumber]) -> (published: [TraceGraph.EventNumber], diagnostics: [Diagnostic]) {
        var hashes: [(hash: UInt64, index: Int)] = []
        hashes.reserveCapacity(events.count)
        // An event without a place has no path; assembling it below reports why.
        for (index, number) in events.enumerated() {
            if let path = path(of: number) { hashes.append((ByteHash.hash(path.name), index)) }
        }
        hashes.sort { ($0.hash, $0.index) < ($1.hash, $1.index) }
        var isRepeated = [Bool](repeating: false, count: events.count)
        var diagnostics: [(index: Int, diagnostic: Diagnostic)] = []
        var start = 0
        while start < hashes.count {
            var end = start + 1
            while end < hashes.count, hashes[end].hash == hashes[start].hash { end += 1 }
            if end - start > 1 {
                var firsts: [(path: TraceabilityEventPath, number: TraceGraph.EventNumber)] = []
                for index in hashes[start..<end].map(\.index) {
                    let number = events[index]
                    guard let path = path(of: number) else { continue }
                    guard let first = firsts.first(where: { $0.path == path })?.number else {
                        firsts.append((path, number))
                        continue
                    }
                    isRepeated[index] = true
                    if let diagnostic = sharedPathDiagnostic(number, first: first, path: path) { diagnostics.append((index, diagnostic)) }
                }
            }
            start = end
        }
        let published = events.indices.filter { !isRepeated[$0] }.map { events[$0] }
        return (published, diagnostics.sorted { $0.index < $1.index }.map(\.diagnostic))
    }

    /// The path of the event numbered `number`: by its `eventID`, else by its content; none for
    /// an event without a place.
    private func path(of number: TraceGraph.EventNumber) -> TraceabilityEventPath? {
        graph.eventID(number).map(TraceabilityEventPath.init(eventID:)) ?? assembler.path(of: graph.event(number))
    }

    /// The diagnostic of the event numbered `number` at `path`, the path of the earlier event
    /// `first`; none when the two are the same event given twice (in two files).
    private func sharedPathDiagnostic(
        _ number: TraceGraph.EventNumber, first: TraceGraph.EventNumber, path: TraceabilityEventPath
    ) -> Diagnostic? {
        let event = graph.event(number)
        let earlier = graph.event(first)
        guard earlier != event else { return nil }
        let shared = event.eventID.map { "both have eventID \($0)" } ?? "have no eventID and the same published content"
        return Diagnostic(
            TraceabilityEventRule.sharedPath,
            "this event and the one at \(earlier.location) differ but \(shared), so both would be published at \(path.url(baseURL: assembler.baseURL)) and a link to it could not tell which is meant: give each event its own eventID",
            at: event.location)
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
            let jwt = try signing?.issuer.sign(compactCredential: JSONWhitespace.removed(from: documentBytes))
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
