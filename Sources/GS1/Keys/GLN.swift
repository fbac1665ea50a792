/// A Global Location Number (13 digits): a party (AI 417) or a physical location (AI 414).
public struct GLN: Hashable, Sendable, CustomStringConvertible {
    /// The 13 digits.
    public let digits: String

    /// Reads a GLN and checks its length and check digit.
    public init(_ text: String) throws(GS1Error) {
        try GS1NumericKey.validate(text, name: "GLN", lengths: [13])
        digits = text
    }

    public var description: String { digits }
}
