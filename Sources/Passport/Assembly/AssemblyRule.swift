import Diagnostics

/// The rules of the assemble stage: what a catalogue and its events must give for a product to get its passports.
public enum AssemblyRule: String, DiagnosticRule, CaseIterable {
    case noLots = "GEN-NO-LOTS"
    case unknownCertificate = "CERT-UNKNOWN"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity { .warning }

    public var summary: String {
        switch self {
        case .noLots: "every catalogue product has at least one lot that an event produces"
        case .unknownCertificate: "every certificate the trace cites is described in the catalogue"
        }
    }
}
