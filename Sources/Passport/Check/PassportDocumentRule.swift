import Diagnostics

/// The rules of reading a passport document before its checks: a document must name the UNTP
/// version it is written in, so that its members can be found.
public enum PassportDocumentRule: String, DiagnosticRule, CaseIterable {
    case unknownVersion = "PASSPORT-UNTP-VERSION"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var summary: String {
        switch self {
        case .unknownVersion: "the @context names a UNTP Digital Product Passport version dpp reads (\(Self.versions))"
        }
    }

    /// The versions dpp reads, e.g. `0.6.1 or 0.7.0`.
    static var versions: String { UNTPVersion.allCases.map(\.rawValue).joined(separator: " or ") }
}
