import Diagnostics
import GS1
import Traceability

/// Where an event happened and who took part, named as the catalogue names them.
extension TraceabilityEventAssembler {
    /// Where a make or modify event happened: its business location, else its read point.
    func recordedPlace(of event: EPCISEvent, sink: DiagnosticSink) -> TraceabilityEvent.Facility? {
        guard let place = event.bizLocation ?? event.readPoint else {
            sink.add(
                Diagnostic(
                    TraceabilityEventRule.noPlace,
                    "the \(event.kind.rawValue)\(Self.named(event)) records no bizLocation or readPoint, so its traceability event cannot say where it happened; record where it happened",
                    at: event.location))
            return nil
        }
        return facility(place)
    }

    /// Where a move's products come from and go to. Each end is the location in the event's
    /// source (destination) list; else the place the event was recorded at when that is the
    /// end its business step leaves from (arrives at); else the one catalogue facility its
    /// owning party operates; else that party itself, with a `DTE-PLACE-FROM-PARTY` warning.
    func ends(of event: EPCISEvent, sink: DiagnosticSink) -> (from: TraceabilityEvent.Facility, to: TraceabilityEvent.Facility)? {
        let movement = EventMovement(bizStep: event.bizStep)
        let recorded = event.bizLocation ?? event.readPoint
        let from = end(
            "came from", location: event.sourceList, recorded: movement == .outbound ? recorded : nil, of: event, sink: sink)
        let to = end("went to", location: event.destinationList, recorded: movement == .inbound ? recorded : nil, of: event, sink: sink)
        guard let from, let to else { return nil }
        return (from, to)
    }

    private func end(
        _ direction: String, location list: [PartyOrPlace], recorded: String?, of event: EPCISEvent, sink: DiagnosticSink
    ) -> TraceabilityEvent.Facility? {
        if let place = list.first(where: { $0.type == "location" })?.id ?? recorded { return facility(place) }
        guard let owner = list.first(where: { $0.type == "owning_party" })?.id else {
            sink.add(
                Diagnostic(
                    TraceabilityEventRule.noPlace,
                    "the \(event.bizStep ?? "move") event\(Self.named(event)) names no location or owning party its products \(direction), so its traceability event cannot say where they \(direction); add a location to its \(direction == "came from" ? "sourceList" : "destinationList")",
                    at: event.location))
            return nil
        }
        let operated = catalog.facilities.filter { $0.operatorID == owner }
        if operated.count == 1 { return facility(operated[0].id) }
        let party = party(owner)
        sink.add(
            Diagnostic(
                TraceabilityEventRule.placeFromParty,
                "the \(event.bizStep ?? "move") event\(Self.named(event)) names no location its products \(direction), and the catalogue lists \(operated.isEmpty ? "no facility" : "\(operated.count) facilities") of \(party.name); its traceability event names the party as the place",
                at: event.location))
        return TraceabilityEvent.Facility(id: party.id, name: party.name, registeredID: party.registeredID)
    }

    /// The place `id`, named as the catalogue's facility, else by its GLN.
    func facility(_ id: String) -> TraceabilityEvent.Facility {
        if let facility = catalog.facility(id) { return .init(id: id, name: facility.name, registeredID: facility.gln) }
        let gln = Self.glnKey(of: id, ai: "414")
        return .init(id: id, name: gln.map { "Location GLN \($0)" } ?? id, registeredID: gln)
    }

    /// The party `id`, named as the catalogue's party, else by its GLN.
    func party(_ id: String) -> TraceabilityEvent.Party {
        if let party = catalog.party(id) { return .init(id: id, name: party.name, registeredID: party.gln) }
        let gln = Self.glnKey(of: id, ai: "417")
        return .init(id: id, name: gln.map { "Party GLN \($0)" } ?? id, registeredID: gln)
    }

    /// Who took part: a move's owning parties as consignor and consignee; otherwise the one
    /// responsible at the place (the catalogue facility's operator, or for a lot commissioned
    /// there the producer its ILMD names) as producer, manufacturer, inspector or operator.
    func parties(of event: EPCISEvent, activity: TraceabilityEvent.Activity) -> [TraceabilityEvent.PartyRole] {
        let responsible: (String?, String)
        switch activity {
        case .move:
            let consignor = event.sourceList.first { $0.type == "owning_party" }.map {
                TraceabilityEvent.PartyRole(role: "consignor", party: party($0.id))
            }
            let consignee = event.destinationList.first { $0.type == "owning_party" }.map {
                TraceabilityEvent.PartyRole(role: "consignee", party: party($0.id))
            }
            return [consignor, consignee].compactMap { $0 }
        case .make(_, _, let facility) where event.kind == .objectEvent:
            responsible = (event.textileProducer ?? catalog.facility(facility.id)?.operatorID, "producer")
        case .make(_, _, let facility):
            responsible = (catalog.facility(facility.id)?.operatorID, "manufacturer")
        case .modify(_, let facility):
            responsible = (catalog.facility(facility.id)?.operatorID, event.bizStep == "inspecting" ? "inspector" : "operator")
        }
        return responsible.0.map { [TraceabilityEvent.PartyRole(role: responsible.1, party: party($0))] } ?? []
    }

    /// ` <eventID>` for messages, or ` at <time>` for an event without one.
    static func named(_ event: EPCISEvent) -> String {
        event.eventID.map { " \($0)" } ?? " at \(event.eventTime)"
    }

    /// The GLN of a Digital Link whose primary key is `ai` (`414` location, `417` party).
    private static func glnKey(of id: String, ai: String) -> String? {
        guard let link = try? DigitalLink.parse(id), link.primaryKey.ai == ai else { return nil }
        return link.primaryKey.value
    }
}
