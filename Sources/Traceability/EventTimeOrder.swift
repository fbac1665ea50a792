import Diagnostics

/// Finds events that use an object before the event that creates it.
///
/// Documents may list events in any order, so list order is not checked; what cannot be right
/// is a lot shipped, transformed or packed before it was commissioned or produced.
enum EventTimeOrder {
    /// A warning for each event that names an object earlier than the object's first creation.
    static func warnings(_ events: [EPCISEvent]) -> [Diagnostic] {
        var created: [String: EPCISTime] = [:]
        func note(_ id: String, _ time: EPCISTime) {
            if let known = created[id], known <= time { return }
            created[id] = time
        }
        for event in events {
            switch event.kind {
            case .transformationEvent:
                for id in event.outputEPCList + event.outputQuantityList.map(\.epcClass) { note(id, event.eventTime) }
            case .objectEvent where event.action == .add:
                for id in event.epcList + event.quantityList.map(\.epcClass) { note(id, event.eventTime) }
            case .aggregationEvent where event.action == .add:
                if let parent = event.parentID { note(parent, event.eventTime) }
            default:
                break
            }
        }
        var warnings: [Diagnostic] = []
        for event in events {
            let used: [String]
            switch event.kind {
            case .transformationEvent: used = event.inputEPCList + event.inputQuantityList.map(\.epcClass)
            case .objectEvent where event.action == .add: used = []
            case .aggregationEvent where event.action == .add: used = event.epcList + event.quantityList.map(\.epcClass)
            default: used = event.epcList + event.quantityList.map(\.epcClass)
            }
            for id in used {
                guard let creation = created[id], event.eventTime < creation else { continue }
                warnings.append(.warning("EPCIS-TIME-ORDER", "this event (\(event.eventTime)) uses \(id) before the event that creates it (\(creation)); check the times", at: event.location))
            }
        }
        return warnings
    }
}
