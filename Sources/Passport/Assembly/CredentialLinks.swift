import Traceability

/// Where a passport's links to the site's other credentials point: each trace step to its
/// event's Digital Traceability Event credential, each origin to its place's Digital Facility
/// Record, at the URLs the generation run publishes them at.
public struct CredentialLinks: Sendable {
    /// The UNTP link type of a traceability event credential (UNTP names its link types
    /// `https://test.uncefact.org/vocabulary/linkTypes/<credential>`, as `.../dcc` and `.../dpp`).
    public static let eventLinkType = "https://test.uncefact.org/vocabulary/linkTypes/dte"
    /// The UNTP link type of a Digital Facility Record.
    public static let facilityRecordLinkType = "https://test.uncefact.org/vocabulary/linkTypes/dfr"

    let graph: TraceGraph
    let events: TraceabilityEventAssembler
    let facilities: FacilityRecordLinks

    /// The links of passports whose traces are walked in `graph`, published at `baseURL`.
    public init(catalog: Catalog, graph: TraceGraph, baseURL: String) {
        self.graph = graph
        events = TraceabilityEventAssembler(catalog: catalog, baseURL: baseURL)
        facilities = FacilityRecordLinks(catalog: catalog, baseURL: baseURL)
    }

    /// The URL of the credential of the event behind `step`; `nil` for an event that says
    /// nowhere where it happened, which is published nowhere. The event is read back only when
    /// it has no `eventID`, which would name its credential.
    func eventCredential(of step: TraceStep) -> String? {
        let path = step.eventID.map(TraceabilityEventPath.init(eventID:)) ?? events.path(of: graph.event(step.eventNumber))
        return path?.url(baseURL: events.baseURL)
    }

    /// The URL of the facility record `origin` links to, if the catalogue knows its place or producer.
    func facilityRecord(of origin: Passport.Origin) -> String? {
        facilities.url(for: origin)
    }

    /// The URL of the facility record of the place `facility` (a Digital Link), if the catalogue lists it.
    func facilityRecord(ofPlace facility: String) -> String? {
        facilities.recordGLN(location: facility, producer: nil).map(facilities.url(gln:))
    }
}
