/// The events indexed by what they do to each identifier: the graph a trace walks.
///
/// A lot or item is *produced* by a transformation (its output), *commissioned* by an object
/// event that adds it (an origin when nothing produced it), *packed* into a container by an
/// aggregation, and *observed* by every other event that names it (shipping, receiving,
/// inspection). Identifiers are compared in canonical form.
public struct TraceGraph: Sendable {
    /// Every event, in the order given.
    public let events: [EPCISEvent]
    /// Transformation events by each output.
    var producers: [String: [Int32]] = [:]
    /// Adding object events by each object they add.
    var commissions: [String: [Int32]] = [:]
    /// Adding aggregation events by their container.
    var packings: [String: [Int32]] = [:]
    /// The other events by each object they name.
    var observations: [String: [Int32]] = [:]

    /// Indexes `events` (from one or several documents).
    public init(events: [EPCISEvent]) {
        self.events = events
        // Fields are read in place: copying a whole event for each look costs more than the look.
        for offset in events.indices {
            let index = Int32(offset)
            switch (events[offset].kind, events[offset].action) {
            case (.transformationEvent, _):
                for id in events[offset].outputEPCList { producers[id, default: []].append(index) }
                for element in events[offset].outputQuantityList { producers[element.epcClass, default: []].append(index) }
            case (.aggregationEvent, .add) where events[offset].parentID != nil:
                packings[events[offset].parentID!, default: []].append(index)
            case (.objectEvent, .add):
                for id in events[offset].epcList { commissions[id, default: []].append(index) }
                for element in events[offset].quantityList { commissions[element.epcClass, default: []].append(index) }
            default:
                for id in events[offset].epcList { observations[id, default: []].append(index) }
                for element in events[offset].quantityList { observations[element.epcClass, default: []].append(index) }
                if let parent = events[offset].parentID { observations[parent, default: []].append(index) }
            }
        }
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
