import Pipeline
import Rendering

/// The one place that turns an error escaping a command into a message and an exit code
/// (as swift-argument-parser's `MessageInfo` does).
enum ErrorReport {
    /// Prints `error` on standard error and returns its exit status.
    static func report(_ error: any Error, command: String, console: Console) -> ExitStatus {
        let (message, status) = messageAndStatus(error, command: command)
        console.err("dpp \(command): \(message)\n")
        return status
    }

    private static func messageAndStatus(_ error: any Error, command: String) -> (String, ExitStatus) {
        switch error {
        case let error as UsageError: (error.message + "\nRun 'dpp \(command) --help' for usage.", .usageOrUnreadable)
        case let error as InputFailure: ("\(error.diagnostic)", .usageOrUnreadable)
        case let error as InputPathError: (error.message, .usageOrUnreadable)
        case let error as ProfileFailure: (error.message, .usageOrUnreadable)
        case let error as SigningFailure: (error.message, .usageOrUnreadable)
        case let error as AtomicFile.Failure: (error.message, .usageOrUnreadable)
        case let error as VerificationSetupError: (error.message, .usageOrUnreadable)
        case let error as SiteStaging.Failure: ("cannot publish: \(error.message)", .usageOrUnreadable)
        case let error as NginxConfiguration.Failure: (error.description, .usageOrUnreadable)
        case let error as QRCodeError: (error.description, .usageOrUnreadable)
        case let error as QRCommandError: (error.message, .usageOrUnreadable)
        default: ("internal error: \(error)\nPlease report this as a bug.", .internalError)
        }
    }
}
