import Diagnostics
import Spooling

/// Finds events that use an object before the event that creates it.
///
/// Documents may list events in any order, so list order is not checked; what cannot be right
/// is a lot shipped, transformed or packed before it was commissioned or produced.
enum EventTimeOrder {
    /// A warning for each event that names an object earlier than the object's first creation.
    static func warnings(_ records: EventRecords) -> [Diagnostic] {
        // One walk over the records, reading the identifiers in place (no event is made unless it
        // has a warning): each identifier an event creates or uses is numbered in a table keyed
        // by its bytes, which keeps its earliest creation; each use is noted by number. The uses
        // are then compared with the creations without reading the records or hashing again.
        var created = ByteKeyedTable<EPCISTime?>()
        var uses = SegmentedArray<Use>()
        records.forEachIdentifiers { index, event in
            let time = event.eventTime
            event.forEach { field, bytes in
                let id = bytes.assumingMemoryBound(to: UInt8.self)
                if isCreated(field, by: event) {
                    created.update(id, initial: time) { known in keepEarlier(&known, time) }
                } else if isUsed(field, by: event) {
                    uses.append(Use(identifier: Int32(created.index(storing: id, initial: nil)), event: Int32(index), time: time))
                }
            }
        }
        var warnings: [Diagnostic] = []
        for use in uses {
            guard let creation = created.value(at: Int(use.identifier)), use.time < creation else { continue }
            let id = created.withKey(at: Int(use.identifier)) { String(decoding: $0, as: UTF8.self) }
            warnings.append(
                .warning(
                    EPCISRule.timeOrder,
                    "this event (\(use.time)) uses \(id) before the event that creates it (\(creation)); check the times",
                    at: records.location(at: Int(use.event))))
        }
        return warnings
    }

    /// An event's use of an identifier: the identifier's number in the table of creations, the
    /// event's index and time.
    private struct Use {
        let identifier: Int32
        let event: Int32
        let time: EPCISTime
    }

    /// Makes `known` the earlier of it and `time`, or `time` when nothing created it yet (changed
    /// in place: one look-up of the identifier, not two).
    private static func keepEarlier(_ known: inout EPCISTime?, _ time: EPCISTime) {
        if let earlier = known, earlier <= time { return }
        known = time
    }

    /// Whether an identifier in `field` of `event` is created by it: a transformation's
    /// outputs, an adding object event's objects, an adding aggregation's container.
    private static func isCreated(_ field: EventRecordCoding.Identifiers.Field, by event: EventRecordCoding.Identifiers) -> Bool {
        switch (event.kind, event.action) {
        case (.transformationEvent, _): field == .outputEPC || field == .outputQuantity
        case (.objectEvent, .add): field == .epc || field == .quantity
        case (.aggregationEvent, .add): field == .parent
        default: false
        }
    }

    /// Whether an identifier in `field` of `event` is used by it without being created: a
    /// transformation's inputs; what any event but an adding object event names (an adding
    /// aggregation uses its children and creates the parent).
    private static func isUsed(_ field: EventRecordCoding.Identifiers.Field, by event: EventRecordCoding.Identifiers) -> Bool {
        switch (event.kind, event.action) {
        case (.transformationEvent, _): field == .inputEPC || field == .inputQuantity
        case (.objectEvent, .add): false
        default: field == .epc || field == .quantity
        }
    }
}
