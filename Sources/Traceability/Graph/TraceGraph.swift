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
    private let documents: [[EPCISEvent]]
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
        self.init(documents: [events])
    }

    /// Indexes the events of several documents, without copying them into one array.
    ///
    /// The four indexes are independent and are built at the same time, one per processor core.
    public init(documents: [[EPCISEvent]]) {
        self.documents = documents
        var starts: [Int] = []
        var count = 0
        for events in documents {
            starts.append(count)
            count += events.count
        }
        self.starts = starts
        let built = Mutex([Role: [String: EventIndexList]]())
        DispatchQueue.concurrentPerform(iterations: Role.allCases.count) { roleIndex in
            let role = Role.allCases[roleIndex]
            let index = Self.index(documents, role)
            built.withLock { $0[role] = index }
        }
        (producers, commissions, packings, observations) = built.withLock { built in
            (built[.producer]!, built[.commission]!, built[.packing]!, built[.observation]!)
        }
    }

    /// What an event does to an identifier it names: which index it goes in.
    private enum Role: CaseIterable {
        case producer, commission, packing, observation
    }

    /// The index of the events that play `role` for each identifier.
    private static func index(_ documents: [[EPCISEvent]], _ role: Role) -> [String: EventIndexList] {
        var result: [String: EventIndexList] = [:]
        // Room for every identifier up front: growing a table of a million keys rehashes each several times.
        var mentions = 0
        for events in documents {
            for offset in events.indices { forEachID(in: events, at: offset, role) { _ in mentions += 1 } }
        }
        result.reserveCapacity(mentions)
        var start = 0
        for events in documents {
            for offset in events.indices {
                let number = Int32(start + offset)
                forEachID(in: events, at: offset, role) { id in result[id, default: EventIndexList()].append(number) }
            }
            start += events.count
        }
        return result
    }

    /// Calls `body` with each identifier the event at `offset` names in `role`; fields are read
    /// in place, as copying a whole event for each look costs more than the look.
    private static func forEachID(in events: [EPCISEvent], at offset: Int, _ role: Role, _ body: (String) -> Void) {
        switch (events[offset].kind, events[offset].action, role) {
        case (.transformationEvent, _, .producer):
            for id in events[offset].outputEPCList { body(id) }
            for element in events[offset].outputQuantityList { body(element.epcClass) }
        case (.transformationEvent, _, _):
            break
        case (.aggregationEvent, .add, .packing) where events[offset].parentID != nil:
            body(events[offset].parentID!)
        case (.aggregationEvent, .add, _) where events[offset].parentID != nil:
            break
        case (.objectEvent, .add, .commission):
            for id in events[offset].epcList { body(id) }
            for element in events[offset].quantityList { body(element.epcClass) }
        case (.objectEvent, .add, _):
            break
        case (_, _, .observation):
            for id in events[offset].epcList { body(id) }
            for element in events[offset].quantityList { body(element.epcClass) }
            if let parent = events[offset].parentID { body(parent) }
        default:
            break
        }
    }

    /// The event numbered `number`.
    func event(_ number: Int32) -> EPCISEvent {
        let number = Int(number)
        let document = starts.lastIndex { $0 <= number }!
        return documents[document][number - starts[document]]
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
