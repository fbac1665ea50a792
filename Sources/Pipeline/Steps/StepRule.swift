import Diagnostics

/// The rules of step rows (a CSV file or a workbook sheet, one row per supply-chain step) and
/// of their conversion into EPCIS 2.0 events.
public enum StepRule: String, DiagnosticRule, CaseIterable {
    case column = "STEP-COLUMN"
    case missingValue = "STEP-VALUE-MISSING"
    case badValue = "STEP-VALUE"
    case checkDigit = "STEP-CHECK-DIGIT"
    case unknownName = "STEP-UNKNOWN-NAME"
    case unknownLot = "STEP-LOT-UNKNOWN"
    case lotTwice = "STEP-LOT-TWICE"
    case mass = "STEP-MASS"

    public static let module = "Pipeline"

    public var defaultSeverity: Diagnostic.Severity { self == .column ? .warning : .error }

    public var summary: String {
        switch self {
        case .column:
            "a step sheet has the columns date and step, and every column header is one of the documented step columns (English or Mongolian), each once"
        case .missingValue: "a step row has the date, the step and every value its step needs (an output lot for a herder lot...)"
        case .badValue:
            "each value of a step row is in its column's form: a date and time, a +hh:mm time zone, a number, `LOT:kg; LOT:kg`..."
        case .checkDigit: "every GLN, GTIN and SSCC of a step row has its length and a correct GS1 check digit"
        case .unknownName: "a facility, party or certificate named by a step row is in the catalogue"
        case .unknownLot: "every lot a step row uses is produced by a step row at or before the time it is used"
        case .lotTwice: "each lot is produced by one step row only"
        case .mass: "a processing step puts out no more kilograms than it takes in, and the steps take no more of a lot than was produced"
        }
    }
}
