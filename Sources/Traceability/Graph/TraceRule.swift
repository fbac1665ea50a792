import Diagnostics

/// The rules a trace through the ``TraceGraph`` reports on: what the walk could not resolve.
///
/// The raw value is the id reports print (`TRACE-CYCLE`); it never changes once published.
public enum TraceRule: String, DiagnosticRule, CaseIterable {
    /// A transformation input that no event commissions or produces, or a transformation without inputs.
    case noOrigin = "TRACE-NO-ORIGIN"
    /// An input names a product (GTIN without lot) of which several lots are known.
    case classMatch = "TRACE-CLASS-MATCH"
    /// A lot or item is among its own inputs.
    case cycle = "TRACE-CYCLE"
    /// A transformation puts out more mass than it takes in.
    case massGain = "TRACE-MASS-GAIN"
    /// An origin lot cites no certificate.
    case originUncertified = "TRACE-ORIGIN-UNCERTIFIED"
    /// A transformation input has no mass, so inputs count as equal shares.
    case quantityMissing = "TRACE-QUANTITY-MISSING"
    /// No event names the traced identifier.
    case unknownID = "TRACE-UNKNOWN-ID"

    public static let module = "Traceability"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .cycle, .unknownID: .error
        case .noOrigin, .classMatch, .massGain, .originUncertified, .quantityMissing: .warning
        }
    }

    public var summary: String {
        switch self {
        case .noOrigin: "a transformation lists its inputs, and some event commissions or produces each of them"
        case .classMatch: "a transformation input names a lot, not a product with several known lots"
        case .cycle: "no lot or item is among its own inputs"
        case .massGain: "a transformation puts out no more mass than it takes in"
        case .originUncertified: "every origin lot cites a certificate (certificationInfo or ILMD)"
        case .quantityMissing: "every transformation input has a mass, so that blend shares can be computed"
        case .unknownID: "some event names the traced identifier"
        }
    }
}
