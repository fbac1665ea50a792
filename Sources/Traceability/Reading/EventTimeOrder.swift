import Diagnostics
import Spooling

/// Finds events that use an object before the event that creates it.
///
/// Documents may list events in any order, so list order is not checked; what cannot be right
/// is a lot shipped, transformed or packed before it was commissioned or produced.
enum EventTimeOrder {
    /// A warning for each event that names an object earlier than the object's first creation.
    static func warnings(_ records: EventRecords) -> [Diagnostic] {
        // By the identifiers' bytes, read in place from the records: no event is made unless it
        // has a warning.
        var created = ByteKeyedTable<EPCISTime>()
        records.forEachIdentifiers { _, event in
            let time = event.eventTime
            event.forEach { field, id in
                guard isCreated(field, by: event) else { return }
                created.update(id.assumingMemoryBound(to: UInt8.self), initial: time) { known in keepEarlier(&known, time) }
            }
        }
        var warnings: [Diagnostic] = []
        records.forEachIdentifiers { index, event in
            let time = event.eventTime
            event.forEach { field, bytes in
                let id = bytes.assumingMemoryBound(to: UInt8.self)
                guard isUsed(field, by: event), let creation = created.value(for: id), time < creation else { return }
                warnings.append(
                    .warning(
                        EPCISRule.timeOrder,
                        "this event (\(time)) uses \(String(decoding: id, as: UTF8.self)) before the event that creates it (\(creation)); check the times",
                        at: records.event(at: index).location))
            }
        }
        return warnings
    }

    /// Makes `known` the earlier of it and `time` (changed in place: one look-up of the identifier, not two).
    private static func keepEarlier(_ known: inout EPCISTime, _ time: EPCISTime) {
        if time < known { known = time }
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
