import Dispatch
import Synchronization

/// The events indexed by what they do to each identifier: the graph a trace walks.
///
/// A lot or item is *produced* by a transformation (its output), *commissioned* by an object
/// event that adds it (an origin when nothing produced it), *packed* into a container by an
/// aggregation, and *observed* by every other event that names it (shipping, receiving,
/// inspection). Identifiers are compared in canonical form.
public struct TraceGraph: Sendable {
    /// The events of each document, in the order given; an event is numbered across them all.
    private let documents: [EventRecords]
    /// The number of each document's first event.
    private let starts: [Int]
    /// Transformation events by each output.
    let producers: [String: EventIndexList]
    /// Adding object events by each object they add.
    let commissions: [String: EventIndexList]
    /// Adding aggregation events by their container.
    let packings: [String: EventIndexList]
    /// The other events by each object they name.
    let observations: [String: EventIndexList]

    /// Indexes `events` (from one or several documents).
    public init(events: [EPCISEvent]) {
        self.init(documents: [EventRecords(events)])
    }

    /// Indexes the events of several documents, kept as their records are.
    ///
    /// Each of the four indexes is built by its own walk over the records, the walks at the same
    /// time, one per processor core. A walk reads each event's identifiers in place from its
    /// record (no event is made) and keeps only the identifiers of its role, one string each: the
    /// mentions are never collected, which for a national programme's million events took more
    /// memory than the indexes.
    public init(documents: [EventRecords]) {
        self.documents = documents
        var starts: [Int] = []
        var count = 0
        for events in documents {
            starts.append(count)
            count += events.count
        }
        self.starts = starts
        let firstNumbers = starts
        let built = Mutex([Role: [String: EventIndexList]]())
        DispatchQueue.concurrentPerform(iterations: Role.allCases.count) { roleIndex in
            let role = Role.allCases[roleIndex]
            var index: [String: EventIndexList] = [:]
            for (document, records) in documents.enumerated() {
                records.forEachIdentifiers { offset, event in
                    let number = Int32(firstNumbers[document] + offset)
                    event.forEach { field, id in
                        guard Self.role(of: field, in: event) == role else { return }
                        index[String(decoding: id, as: UTF8.self), default: EventIndexList()].append(number)
                    }
                }
            }
            built.withLock { $0[role] = index }
        }
        (producers, commissions, packings, observations) = built.withLock { built in
            (built[.producer]!, built[.commission]!, built[.packing]!, built[.observation]!)
        }
    }

    /// What an event does to an identifier it names: which index it goes in.
    private enum Role: Int, CaseIterable {
        case producer, commission, packing, observation
    }

    /// Which index an identifier in `field` of `event` goes in, if any: a transformation produces
    /// its outputs, an adding aggregation packs into its container, an adding object event
    /// commissions its objects, and every other event observes what it names.
    private static func role(of field: EventRecordCoding.Identifiers.Field, in event: EventRecordCoding.Identifiers) -> Role? {
        switch (event.kind, event.action) {
        case (.transformationEvent, _):
            return field == .outputEPC || field == .outputQuantity ? .producer : nil
        case (.aggregationEvent, .add) where event.hasParent:
            return field == .parent ? .packing : nil
        case (.objectEvent, .add):
            return field == .epc || field == .quantity ? .commission : nil
        default:
            return field == .epc || field == .quantity || field == .parent ? .observation : nil
        }
    }

    /// The event numbered `number`.
    func event(_ number: Int32) -> EPCISEvent {
        let number = Int(number)
        let document = starts.lastIndex { $0 <= number }!
        return documents[document].event(at: number - starts[document])
    }

    /// Whether any event names `id` (canonical form).
    func isKnown(_ id: String) -> Bool {
        producers[id] != nil || commissions[id] != nil || packings[id] != nil || observations[id] != nil
    }

    /// Every known identifier.
    var knownIdentifiers: Set<String> {
        Set(producers.keys).union(commissions.keys).union(packings.keys).union(observations.keys)
    }
}
