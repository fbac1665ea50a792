extension TraceGraph {
    /// An event's place in a graph: its number across the graph's documents, in the order given.
    ///
    /// A trace's steps name their events by it, so that a later stage reads an event whole from
    /// the one index, and tells apart events that have no `eventID` (or share one). It means
    /// nothing outside the graph that numbered it.
    public struct EventNumber: Sendable, Hashable, Comparable {
        let value: Int32

        /// The number, from 0: an order key for what a stage records of each event.
        public var position: Int { Int(value) }

        /// The number whose ``position`` is `position` (from 0, below 2³¹).
        public init(position: Int) {
            value = Int32(position)
        }

        init(value: Int32) {
            self.value = value
        }

        public static func < (lhs: EventNumber, rhs: EventNumber) -> Bool { lhs.value < rhs.value }
    }

    /// The event numbered `number` in this graph.
    public func event(_ number: EventNumber) -> EPCISEvent { event(number.value) }

    /// The `eventID` of the event numbered `number`, read without making the event.
    public func eventID(_ number: EventNumber) -> String? {
        let (records, index) = record(number.value)
        return records.eventID(at: index)
    }

    /// Calls `body` with the content of the event numbered `number`: bytes that are equal for
    /// two events equal but for where each was read (see ``EventRecords/withContent(at:_:)``).
    public func withContent<Result>(of number: EventNumber, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let (records, index) = record(number.value)
        return records.withContent(at: index, body)
    }
}
