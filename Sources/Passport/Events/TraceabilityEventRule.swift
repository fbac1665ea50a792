import Diagnostics

/// The rules of restating a traced EPCIS event as a Digital Traceability Event credential.
///
/// The raw value is the id reports print (`DTE-NO-PLACE`); it never changes once published.
public enum TraceabilityEventRule: String, DiagnosticRule, CaseIterable {
    /// An event records no place at all, so its credential cannot say where it happened.
    case noPlace = "DTE-NO-PLACE"
    /// A move names neither a place nor a catalogue facility for one end, only the party: the party stands for the place.
    case placeFromParty = "DTE-PLACE-FROM-PARTY"
    /// Two different events would be published at the same path (the same `eventID`): the first is.
    case sharedPath = "DTE-SHARED-PATH"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .noPlace: .error
        case .placeFromParty, .sharedPath: .warning
        }
    }

    public var summary: String {
        switch self {
        case .noPlace: "every traced event records where it happened (bizLocation or readPoint), as UNTP requires of a traceability event"
        case .placeFromParty:
            "each end of a move is a location in its source or destination list, the place it was recorded at, or a catalogue facility of its party"
        case .sharedPath: "every traced event has its own eventID, so that each gets its own traceability event credential"
        }
    }
}
