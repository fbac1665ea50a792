import Diagnostics

extension GS1Error {
    /// The problem as a diagnostic of its rule at `location`, where the GS1 input sits in a file;
    /// `subject` (such as `GTIN 09521234000359`) starts the message when given.
    public func diagnostic(at location: SourceLocation, subject: String? = nil) -> Diagnostic {
        Diagnostic(rule, subject.map { "\($0): \(message)" } ?? message, at: location)
    }
}
