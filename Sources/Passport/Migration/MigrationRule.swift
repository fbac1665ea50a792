import Diagnostics

/// The rules of migrating a passport document from one UNTP version to another.
public enum MigrationRule: String, DiagnosticRule, CaseIterable {
    case notCarried = "MIGRATE-NOT-CARRIED"
    case sameVersion = "MIGRATE-SAME-VERSION"
    case supplied = "MIGRATE-SUPPLIED"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .notCarried: .warning
        case .sameVersion, .supplied: .note
        }
    }

    public var summary: String {
        switch self {
        case .notCarried: "every member of the passport is carried over into the version it is migrated to"
        case .sameVersion: "a passport to migrate is written in another version than the one asked for"
        case .supplied: "the passport states every value the version it is migrated to requires, so none is derived"
        }
    }
}
