import Diagnostics

/// The rules of a product's greenhouse-gas footprint, worked out from the catalogue's emissions
/// declarations along the trace.
public enum FootprintRule: String, DiagnosticRule, CaseIterable {
    case mixedUnits = "FOOTPRINT-MIXED-UNITS"
    case notDeclared = "FOOTPRINT-NOT-DECLARED"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .mixedUnits: .error
        case .notDeclared: .note
        }
    }

    public var summary: String {
        switch self {
        case .mixedUnits:
            "a footprint adds kg CO2e per kg of one material only: a per-kg figure is converted through masses the trace gives in kg, never added across units"
        case .notDeclared: "a stage of the trace without an emissions declaration for its facility and year is left out of the footprint"
        }
    }
}
