import Passport

/// The documented exit codes of `dpp`.
enum ExitStatus: Int32 {
    /// Everything was read and everything is valid.
    case success = 0
    /// The input was read, and it is invalid (a validation verdict).
    case invalid = 1
    /// The command line is wrong, or an input cannot be read.
    case usageOrUnreadable = 2
    /// A bug in dpp.
    case internalError = 3

    /// The status of a report: 2 when a file could not be read, else 1 when any is invalid, else 0.
    init(_ report: ValidationReport) {
        self = report.hasUnreadable ? .usageOrUnreadable : report.invalidCount == 0 ? .success : .invalid
    }
}
