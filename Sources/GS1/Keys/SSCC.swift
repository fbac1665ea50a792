/// A Serial Shipping Container Code (18 digits), the identity of a carton or pallet.
public struct SSCC: Hashable, Sendable, CustomStringConvertible {
    /// The 18 digits.
    public let digits: String

    /// Reads an SSCC and checks its length and check digit.
    public init(_ text: String) throws(GS1Error) {
        try GS1NumericKey.validate(text, name: "SSCC", lengths: [18])
        digits = text
    }

    public var description: String { digits }
}
