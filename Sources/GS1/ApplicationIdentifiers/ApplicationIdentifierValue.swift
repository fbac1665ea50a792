/// An application identifier with its value, e.g. AI `10` (batch/lot) with `LOT-1`.
///
/// The value is the plain text (never percent-encoded); it is checked when it becomes part of
/// a ``DigitalLink``.
public struct ApplicationIdentifierValue: Hashable, Sendable, CustomStringConvertible {
    /// The AI, two to four digits.
    public let ai: String
    /// The value, unencoded.
    public let value: String

    /// Pairs an AI with its value.
    public init(_ ai: String, _ value: String) {
        self.ai = ai
        self.value = value
    }

    /// The human-readable element string, e.g. `(10) LOT-1`.
    public var description: String { "(\(ai)) \(value)" }
}
