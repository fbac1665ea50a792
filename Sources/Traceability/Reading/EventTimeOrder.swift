import Diagnostics

/// Finds events that use an object before the event that creates it.
///
/// Documents may list events in any order, so list order is not checked; what cannot be right
/// is a lot shipped, transformed or packed before it was commissioned or produced.
enum EventTimeOrder {
    /// A warning for each event that names an object earlier than the object's first creation.
    static func warnings(_ records: EventRecords) -> [Diagnostic] {
        // By the identifiers' bytes: a `[String: EPCISTime]` would hash every identifier with SipHash, twice.
        var created = ByteKeyedTable<EPCISTime>()
        records.forEach { _, event in
            let time = event.eventTime
            forEachCreated(in: event) { id in
                withBytes(of: id) { created.update($0, initial: time) { known in keepEarlier(&known, time) } }
            }
        }
        var warnings: [Diagnostic] = []
        records.forEach { _, event in
            let time = event.eventTime
            forEachUsed(in: event) { id in
                guard let creation = withBytes(of: id, created.value), time < creation else { return }
                warnings.append(
                    .warning(
                        EPCISRule.timeOrder, "this event (\(time)) uses \(id) before the event that creates it (\(creation)); check the times",
                        at: event.location))
            }
        }
        return warnings
    }

    /// Calls `body` with the UTF-8 bytes of `id` (in place for a native string).
    private static func withBytes<Result>(of id: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var id = id
        return id.withUTF8(body)
    }

    /// Makes `known` the earlier of it and `time` (changed in place: one look-up of the identifier, not two).
    private static func keepEarlier(_ known: inout EPCISTime, _ time: EPCISTime) {
        if time < known { known = time }
    }

    /// Calls `body` with each identifier `event` creates.
    private static func forEachCreated(in event: EPCISEvent, _ body: (String) -> Void) {
        switch (event.kind, event.action) {
        case (.transformationEvent, _):
            for id in event.outputEPCList { body(id) }
            for element in event.outputQuantityList { body(element.epcClass) }
        case (.objectEvent, .add):
            for id in event.epcList { body(id) }
            for element in event.quantityList { body(element.epcClass) }
        case (.aggregationEvent, .add):
            if let parent = event.parentID { body(parent) }
        default:
            break
        }
    }

    /// Calls `body` with each identifier `event` uses without creating it.
    private static func forEachUsed(in event: EPCISEvent, _ body: (String) -> Void) {
        switch (event.kind, event.action) {
        case (.transformationEvent, _):
            for id in event.inputEPCList { body(id) }
            for element in event.inputQuantityList { body(element.epcClass) }
        case (.objectEvent, .add):
            break
        default:
            // An adding aggregation uses its children (and creates the parent); every other event uses what it names.
            for id in event.epcList { body(id) }
            for element in event.quantityList { body(element.epcClass) }
        }
    }
}
