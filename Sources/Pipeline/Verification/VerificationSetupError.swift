/// A `--resolve`, `--did-document` or `--key` that cannot be used, or inputs that cannot be
/// listed: nothing is verified (exit code 2).
public struct VerificationSetupError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and with which option, for a person.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
