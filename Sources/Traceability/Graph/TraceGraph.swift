import Spooling

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
    /// Every identifier some event gives a role, numbered in the order first named.
    private let identifiers: JoinedIdentifiers
    /// Transformation events by each output.
    let producers: RoleEvents
    /// Adding object events by each object they add.
    let commissions: RoleEvents
    /// Adding aggregation events by their container.
    let packings: RoleEvents
    /// The other events by each object they name.
    let observations: RoleEvents

    /// Indexes `events` (from one or several documents).
    public init(events: [EPCISEvent]) {
        self.init(documents: [EventRecords(events)])
    }

    /// Indexes the events of several documents, kept as their records are.
    ///
    /// One walk over each document's records reads each event's identifiers in place (no event
    /// is made), numbers each identifier the first time an event gives it a role (its bytes kept
    /// once in the document's table), and notes each mention as two numbers; each role's
    /// mentions then become its lists. No string is made per identifier or mention: for a
    /// national programme's million events, strings and dictionaries took most of the run's memory.
    ///
    /// The documents are walked on `parallel`'s workers, each into a table of its own; the
    /// tables are then joined without copying (``JoinedIdentifiers``, which keeps an identifier
    /// two documents name in both tables), numbering the identifiers and ordering the mentions
    /// exactly as one walk over all the documents does.
    public init(documents: [EventRecords], parallel: ParallelLoop = .sequential) {
        self.documents = documents
        var starts: [Int] = []
        var count = 0
        for events in documents {
            starts.append(count)
            count += events.count
        }
        self.starts = starts
        var indexes = parallel.map(documents.count) { [starts] document in DocumentIndex(documents[document], firstEvent: starts[document]) }
        let identifiers = JoinedIdentifiers(indexes.map(\.identifiers), parallel: parallel)
        self.identifiers = identifiers
        let roles = Role.allCases.map { role in
            defer { for document in indexes.indices { indexes[document].mentions[role.rawValue] = SegmentedArray() } }
            return RoleEvents(indexes.map { $0.mentions[role.rawValue] }, identifierCount: identifiers.count) { document, local in
                identifiers.number(document: document, local: local)
            }
        }
        (producers, commissions, packings, observations) = (roles[0], roles[1], roles[2], roles[3])
    }

    /// One document's identifiers, numbered in the order first given a role, and each role's
    /// mentions of them (by those numbers).
    private struct DocumentIndex: Sendable {
        var identifiers = ByteKeyedTable<Void>()
        var mentions = [SegmentedArray<RoleEvents.Mention>](repeating: SegmentedArray(), count: Role.allCases.count)

        /// The index of `records`, whose first event is numbered `firstEvent` in the graph.
        init(_ records: EventRecords, firstEvent: Int) {
            var identifiers = ByteKeyedTable<Void>()
            var mentions = self.mentions
            records.forEachIdentifiers { offset, event in
                let number = Int32(firstEvent + offset)
                event.forEach { field, id in
                    guard let role = TraceGraph.role(of: field, in: event) else { return }
                    let identifier = identifiers.index(storing: id.assumingMemoryBound(to: UInt8.self), initial: ())
                    mentions[role.rawValue].append(RoleEvents.Mention(identifier: Int32(identifier), event: number))
                }
            }
            self.identifiers = identifiers
            self.mentions = mentions
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
        let (records, index) = record(number)
        return records.event(at: index)
    }

    /// The records holding the event numbered `number`, and its index in them.
    func record(_ number: Int32) -> (records: EventRecords, index: Int) {
        let number = Int(number)
        let document = starts.lastIndex { $0 <= number }!
        return (documents[document], number - starts[document])
    }

    /// The number of `id` (canonical form) in the graph's identifier table, when an event gives it a role.
    func number(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { identifiers.index(of: $0) }
    }

    /// Whether any event names `id` (canonical form).
    func isKnown(_ id: String) -> Bool { number(of: id) != nil }

    /// Calls `body` with each known identifier's number and bytes, in the order first named.
    func forEachIdentifier(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        for number in 0..<identifiers.count { identifiers.withKey(at: number) { body(number, $0) } }
    }

    /// The known identifiers that begin with `prefix`.
    func identifiers(startingWith prefix: String) -> [String] {
        var found: [String] = []
        let prefix = Array(prefix.utf8)
        forEachIdentifier { _, id in
            if id.starts(with: prefix) { found.append(String(decoding: id, as: UTF8.self)) }
        }
        return found
    }
}
