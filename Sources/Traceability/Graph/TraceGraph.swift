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
        var start = 0
        for events in documents {
            index(events, numberedFrom: start, role, into: &result)
            start += events.count
        }
        return result
    }

    /// Adds the events of one document, numbered from `start`, to `result`; fields are read in
    /// place, as copying a whole event for each look costs more than the look.
    private static func index(_ events: [EPCISEvent], numberedFrom start: Int, _ role: Role, into result: inout [String: EventIndexList]) {
        func add(_ id: String, _ offset: Int) { result[id, default: EventIndexList()].append(Int32(start + offset)) }
        for offset in events.indices {
            switch (events[offset].kind, events[offset].action, role) {
            case (.transformationEvent, _, .producer):
                for id in events[offset].outputEPCList { add(id, offset) }
                for element in events[offset].outputQuantityList { add(element.epcClass, offset) }
            case (.transformationEvent, _, _):
                break
            case (.aggregationEvent, .add, .packing) where events[offset].parentID != nil:
                add(events[offset].parentID!, offset)
            case (.aggregationEvent, .add, _) where events[offset].parentID != nil:
                break
            case (.objectEvent, .add, .commission):
                for id in events[offset].epcList { add(id, offset) }
                for element in events[offset].quantityList { add(element.epcClass, offset) }
            case (.objectEvent, .add, _):
                break
            case (_, _, .observation):
                for id in events[offset].epcList { add(id, offset) }
                for element in events[offset].quantityList { add(element.epcClass, offset) }
                if let parent = events[offset].parentID { add(parent, offset) }
            default:
                break
            }
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
