import Diagnostics
import Spooling

/// The events of a document kept as compact records in a temporary file, read back one at a
/// time: a national export's million events take a few bytes of memory each, not a kilobyte.
///
/// ```swift
/// let builder = EventRecords.Builder()
/// for event in events { builder.append(event) }
/// let records = builder.finish()
/// let first = records.event(at: 0)
/// ```
public final class EventRecords: Sendable {
    /// Where a record is: its chunk of the spool, and its bytes in the chunk.
    private struct Place: Sendable {
        var chunk: UInt32
        var start: UInt32
        var count: UInt32
    }

    private let spool: ByteSpool
    /// Each record's place, in a segmented list: a million events' places grow without copies.
    private let places: SegmentedArray<Place>
    /// The location origins the records name, shared by the events of a document.
    private let origins: [EventSourceLocation.Origin]

    private init(spool: ByteSpool, places: SegmentedArray<Place>, origins: [EventSourceLocation.Origin]) {
        self.spool = spool
        self.places = places
        self.origins = origins
    }

    /// Records of `events`, in order.
    public convenience init(_ events: [EPCISEvent]) {
        let builder = Builder()
        for event in events { builder.append(event) }
        let records = builder.finish()
        self.init(spool: records.spool, places: records.places, origins: records.origins)
    }

    /// The number of events.
    public var count: Int { places.count }

    /// The event at `index` (0 ..< ``count``), read back from its record.
    public func event(at index: Int) -> EPCISEvent {
        withRecord(at: index) { EventRecordCoding.event($0, origins: origins) }
    }

    /// Calls `body` with the content of the event at `index` (0 ..< ``count``): its record's
    /// bytes less its location (see ``EventRecordCoding/content(of:)``), equal for two records
    /// of events that are equal but for where each was read.
    public func withContent<Result>(at index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withRecord(at: index) { body(EventRecordCoding.content(of: $0)) }
    }

    /// Where the event at `index` (0 ..< ``count``) was read, without making the event.
    public func location(at index: Int) -> SourceLocation {
        withRecord(at: index) { EventRecordCoding.location($0, origins: origins).sourceLocation }
    }

    /// The `eventID` of the event at `index` (0 ..< ``count``), read without making the event.
    public func eventID(at index: Int) -> String? { withRecord(at: index, EventRecordCoding.eventID) }

    /// Calls `body` with the bytes of the record at `index`.
    private func withRecord<Result>(at index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let place = places[index]
        let start = Int(place.start)
        return spool.withBytes(chunk: Int(place.chunk), range: start..<start + Int(place.count), body)
    }

    /// Calls `body` with each event and its index, in order, reading each chunk of records once.
    public func forEach(_ body: (Int, EPCISEvent) -> Void) {
        forEachRecord { index, record in body(index, EventRecordCoding.event(record, origins: origins)) }
    }

    /// Calls `body` with the identifiers of each event and its index, in order, without making
    /// the events (see ``EventRecordCoding/Identifiers``).
    func forEachIdentifiers(_ body: (Int, EventRecordCoding.Identifiers) -> Void) {
        forEachRecord { index, record in body(index, EventRecordCoding.Identifiers(record)) }
    }

    /// Calls `body` with each record's bytes and index, in order, reading each chunk once.
    private func forEachRecord(_ body: (Int, UnsafeRawBufferPointer) -> Void) {
        var index = 0
        while index < places.count {
            let chunk = places[index].chunk
            spool.withChunk(Int(chunk)) { bytes in
                while index < places.count {
                    // One look-up of the place (two levels in the segmented list), not three.
                    let place = places[index]
                    guard place.chunk == chunk else { break }
                    let start = Int(place.start)
                    body(index, UnsafeRawBufferPointer(rebasing: bytes[start..<start + Int(place.count)]))
                    index += 1
                }
            }
        }
    }

    /// Every event, in order: for small documents and tests; a large one is better read with
    /// ``forEach(_:)`` or ``event(at:)``.
    public var events: [EPCISEvent] {
        var events: [EPCISEvent] = []
        events.reserveCapacity(count)
        forEach { _, event in events.append(event) }
        return events
    }

    /// The records whose index `isKept` accepts, in order; the bytes are shared, not copied.
    public func filter(_ isKept: (Int) -> Bool) -> EventRecords {
        var kept = SegmentedArray<Place>()
        for index in places.indices where isKept(index) { kept.append(places[index]) }
        return EventRecords(spool: spool, places: kept, origins: origins)
    }

    /// Collects events into records: encoded as they come, handed to the spool a chunk at a time.
    public final class Builder {
        /// How many bytes of records make a chunk.
        static let chunkSize = 1 << 20

        private let writer: ByteSpool.Writer
        private var chunk: [UInt8] = []
        private var places = SegmentedArray<Place>()
        private var origins: [EventSourceLocation.Origin] = []

        /// A builder whose records go to a file in `$TMPDIR`, or `/tmp`.
        public init() { writer = ByteSpool.Writer(folder: ByteSpool.temporaryFolder) }

        /// A builder whose records go to a file in `folder` (kept in memory when it takes none).
        init(temporaryFolder folder: String) { writer = ByteSpool.Writer(folder: folder) }

        /// Adds `event` after those added before.
        public func append(_ event: EPCISEvent) {
            // Events made one at a time (from step rows) each have an origin of their own: one
            // equal to the last is the last, not another kept for every event.
            let origin = event.storedLocation.origin
            let isLast = origins.last.map { $0 === origin || ($0.file == origin.file && $0.pointer == origin.pointer) } ?? false
            if !isLast { origins.append(origin) }
            let start = chunk.count
            EventRecordCoding.append(event, origin: origins.count - 1, to: &chunk)
            places.append(Place(chunk: UInt32(writer.nextChunk), start: UInt32(start), count: UInt32(chunk.count - start)))
            if chunk.count >= Self.chunkSize { handOver() }
        }

        /// The records of the events added; the builder starts empty again.
        public func finish() -> EventRecords {
            if !chunk.isEmpty { writer.keep(chunk) }
            chunk = []
            defer { (places, origins) = (SegmentedArray(), []) }
            return EventRecords(spool: writer.finish(), places: places, origins: origins)
        }

        /// Gives the chunk to the spool and starts the next one.
        private func handOver() {
            writer.add(chunk)
            chunk = []
            chunk.reserveCapacity(Self.chunkSize + (Self.chunkSize >> 2))
        }
    }
}
