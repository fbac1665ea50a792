import Diagnostics

/// The rules of an evidence report's inputs: the lender's criteria file and the period.
public enum ReportRule: String, DiagnosticRule, CaseIterable {
    case criteriaFormat = "REPORT-CRITERIA-FORMAT"
    case criteriaMetric = "REPORT-CRITERIA-METRIC"
    case period = "REPORT-PERIOD"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var summary: String {
        switch self {
        case .criteriaFormat:
            "a criteria file is an object whose 'criteria' array holds objects with a unique id, a statement, a metric and one bound, atLeast or atMost"
        case .criteriaMetric: "a criterion's metric is one the report computes"
        case .period: "a report's period starts no later than it ends"
        }
    }
}
