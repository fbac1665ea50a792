import Diagnostics

/// The rules of the facility records a site publishes: what the inputs must give for each record
/// to be complete and consistent.
public enum FacilityRecordRule: String, DiagnosticRule, CaseIterable {
    case incomplete = "DFR-INCOMPLETE"
    case originsDisagree = "DFR-ORIGINS-DISAGREE"
    case originUnlinked = "DFR-ORIGIN-UNLINKED"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity { .warning }

    public var summary: String {
        switch self {
        case .incomplete:
            "the inputs give every member the UNTP 0.7.0 Digital Facility Record schema requires of a facility (a process class, a postal address, coordinates)"
        case .originsDisagree: "the origin lots recorded at one place name one aimag (region) and one soum (district)"
        case .originUnlinked:
            "every origin lot was recorded at a catalogue facility or produced by a catalogue party, so that a facility record describes its place"
        }
    }
}
