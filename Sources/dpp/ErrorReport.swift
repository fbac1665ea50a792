/// The one place that turns an error escaping a command into a message and an exit code.
enum ErrorReport {
    /// Prints `error` on standard error and returns its exit status.
    static func report(_ error: any Error, command: String, console: Console) -> ExitStatus {
        if let error = error as? any ReportableError {
            console.err("dpp \(command): \(error.message)\n")
            return error.isInputProblem ? .usageOrUnreadable : .invalid
        }
        console.err("dpp \(command): internal error: \(error)\nPlease report this as a bug.\n")
        return .internalError
    }
}

/// An error with a message for people; input problems exit 2, verdicts exit 1.
protocol ReportableError: Error {
    var message: String { get }
    var isInputProblem: Bool { get }
}
