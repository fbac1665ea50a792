import Diagnostics

/// The rules of restating a traced EPCIS event as a Digital Traceability Event credential.
///
/// The raw value is the id reports print (`DTE-NO-PLACE`); it never changes once published.
public enum TraceabilityEventRule: String, DiagnosticRule, CaseIterable {
    /// An event records no place at all, so its credential cannot say where it happened.
    case noPlace = "DTE-NO-PLACE"
    /// An event has no `eventID`: its credential is named after its content, so a corrected event moves.
    case noEventID = "DTE-NO-EVENT-ID"
    /// A move names neither a place nor a catalogue facility for one end, only the party: the party stands for the place.
    case placeFromParty = "DTE-PLACE-FROM-PARTY"
    /// Two different events would be published at the same path (the same `eventID`): a link by
    /// that `eventID` could not tell which one it means, so nothing is published.
    case sharedPath = "DTE-SHARED-PATH"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .noPlace, .sharedPath: .error
        case .noEventID, .placeFromParty: .warning
        }
    }

    public var summary: String {
        switch self {
        case .noPlace:
            "every traced event records where it happened (a bizLocation or readPoint; for a move, each end), as UNTP requires of a traceability event"
        case .noEventID: "every traced event has an eventID, so that its traceability event credential keeps its URL when the event is corrected"
        case .placeFromParty:
            "each end of a move is a location in its source or destination list, the place it was recorded at, or a catalogue facility of its party"
        case .sharedPath: "every traced event has its own eventID, so that each gets its own traceability event credential"
        }
    }
}
