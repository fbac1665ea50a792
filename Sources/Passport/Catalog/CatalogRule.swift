import Diagnostics

/// The rules the catalogue reader checks, beyond JSON that does not parse (``InputRule``) and the
/// GS1 keys it holds (``GS1Rule``).
public enum CatalogRule: String, DiagnosticRule, CaseIterable {
    case missingField = "CATALOG-MISSING-FIELD"
    case type = "CATALOG-TYPE"
    case date = "CATALOG-DATE"
    case certificateDates = "CATALOG-CERTIFICATE-DATES"
    case coordinates = "CATALOG-COORDINATES"
    case herderReference = "CATALOG-HERDER-REFERENCE"
    case herderValue = "CATALOG-HERDER-VALUE"
    case emissionsMethod = "CATALOG-EMISSIONS-METHOD"
    case emissionsFigure = "CATALOG-EMISSIONS-FIGURE"
    case numberRange = "CATALOG-NUMBER-RANGE"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var summary: String {
        switch self {
        case .missingField: "every field the catalogue schema requires is present and not null"
        case .type: "every field has the JSON type the catalogue schema gives it"
        case .date: "dates are calendar dates in the form YYYY-MM-DD"
        case .certificateDates: "a certificate ends no earlier than it starts"
        case .coordinates: "a facility's latitude and longitude come together, within -90 to 90 and -180 to 180"
        case .herderReference:
            "a herder organisation names a party, a facility and certificates of the catalogue, the certificates its own, and no party twice"
        case .herderValue:
            "a herder organisation's counts are whole numbers, its species and recovery classes from their lists, its agreements end after they start"
        case .emissionsMethod: "an emissions declaration names the method its figure was worked out by"
        case .emissionsFigure:
            "an emissions declaration gives a non-negative intensity with its basis, or energy per kg with an emission factor, not both"
        case .numberRange: "every number is zero or of a size from 10^-9 to 10^12 (1e999, an overflow, is refused, not read as infinity)"
        }
    }
}
