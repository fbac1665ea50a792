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
    /// The events are read back once, and the four indexes built at the same time, one per
    /// processor core.
    public init(documents: [EventRecords]) {
        self.documents = documents
        var starts: [Int] = []
        var count = 0
        for events in documents {
            starts.append(count)
            count += events.count
        }
        self.starts = starts
        var mentions = Role.allCases.map { _ in [(id: String, number: Int32)]() }
        for (document, events) in documents.enumerated() {
            events.forEach { offset, event in
                let number = Int32(starts[document] + offset)
                for role in Role.allCases { Self.forEachID(in: event, role) { mentions[role.rawValue].append(($0, number)) } }
            }
        }
        let found = mentions
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

    /// Calls `body` with each identifier `event` names in `role`.
    private static func forEachID(in event: EPCISEvent, _ role: Role, _ body: (String) -> Void) {
        switch (event.kind, event.action, role) {
        case (.transformationEvent, _, .producer):
            for id in event.outputEPCList { body(id) }
            for element in event.outputQuantityList { body(element.epcClass) }
        case (.transformationEvent, _, _):
            break
        case (.aggregationEvent, .add, .packing) where event.parentID != nil:
            body(event.parentID!)
        case (.aggregationEvent, .add, _) where event.parentID != nil:
            break
        case (.objectEvent, .add, .commission):
            for id in event.epcList { body(id) }
            for element in event.quantityList { body(element.epcClass) }
        case (.objectEvent, .add, _):
            break
        case (_, _, .observation):
            for id in event.epcList { body(id) }
            for element in event.quantityList { body(element.epcClass) }
            if let parent = event.parentID { body(parent) }
        default:
            break
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
