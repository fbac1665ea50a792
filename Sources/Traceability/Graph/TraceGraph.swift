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
    /// The documents' identifiers are read from their records at the same time (no event is
    /// made), and the four indexes built at the same time, one per processor core.
    public init(documents: [EventRecords]) {
        self.documents = documents
        var starts: [Int] = []
        var count = 0
        for events in documents {
            starts.append(count)
            count += events.count
        }
        self.starts = starts
        // Each document's identifiers read at the same time, then joined in the documents' order.
        let firstNumbers = starts
        let read = Mutex([Int: [[(id: String, number: Int32)]]]())
        DispatchQueue.concurrentPerform(iterations: documents.count) { document in
            var mentions = Role.allCases.map { _ in [(id: String, number: Int32)]() }
            documents[document].forEachIdentifiers { offset, event in
                let number = Int32(firstNumbers[document] + offset)
                event.forEach { field, id in
                    guard let role = Self.role(of: field, in: event) else { return }
                    mentions[role.rawValue].append((String(decoding: id, as: UTF8.self), number))
                }
            }
            read.withLock { $0[document] = mentions }
        }
        let found = read.withLock { read in
            Role.allCases.map { role in documents.indices.flatMap { read[$0]![role.rawValue] } }
        }
        let built = Mutex([Role: [String: EventIndexList]]())
        DispatchQueue.concurrentPerform(iterations: Role.allCases.count) { roleIndex in
            let role = Role.allCases[roleIndex]
            let index = Self.index(found[roleIndex])
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

    /// The events of each identifier of `mentions`, in the order met.
    private static func index(_ mentions: [(id: String, number: Int32)]) -> [String: EventIndexList] {
        var result: [String: EventIndexList] = [:]
        // Room for every identifier up front: growing a table of a million keys rehashes each several times.
        result.reserveCapacity(mentions.count)
        for mention in mentions { result[mention.id, default: EventIndexList()].append(mention.number) }
        return result
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
