import Diagnostics
import JSONCore

/// The rules of reading a passport document before its checks: a document must name the UNTP
/// version it is written in, so that its members can be found, and hold no number its figures
/// cannot be worked with in.
public enum PassportDocumentRule: String, DiagnosticRule, CaseIterable {
    case unknownVersion = "PASSPORT-UNTP-VERSION"
    case numberRange = "PASSPORT-NUMBER-RANGE"

    public static let module = "Passport"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var summary: String {
        switch self {
        case .unknownVersion: "the @context names a UNTP Digital Product Passport version dpp reads (\(Self.versions))"
        case .numberRange: "every number is within a double's range (about ±1.8e308), where a passport's figures are worked with"
        }
    }

    /// The versions dpp reads, e.g. `0.6.1 or 0.7.0`.
    static var versions: String { UNTPVersion.allCases.map(\.rawValue).joined(separator: " or ") }

    /// A diagnostic for each number of the document on `tape` beyond a double's range, located in `file`.
    static func numbersBeyondRange(on tape: JSONTape, file: String) -> [Diagnostic] {
        tape.numbersBeyondDoubleRange.map { pointer in
            Diagnostic(
                numberRange, "the number is beyond the range of numbers a passport's figures are worked in (about ±1.8e308)",
                at: SourceLocation(file: file, pointer: pointer.description))
        }
    }
}
