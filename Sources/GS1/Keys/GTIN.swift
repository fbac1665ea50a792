/// A Global Trade Item Number, held in its 14-digit form.
public struct GTIN: Hashable, Sendable, CustomStringConvertible {
    /// The GTIN padded with leading zeros to 14 digits (the form Digital Link uses).
    public let gtin14: String

    /// Reads a GTIN-8, -12, -13 or -14, checks its check digit, and pads it to 14 digits.
    public init(_ text: String) throws(GS1Error) {
        try GS1NumericKey.validate(text, name: "GTIN", lengths: [8, 12, 13, 14])
        gtin14 = String(repeating: "0", count: 14 - text.utf8.count) + text
    }

    public var description: String { gtin14 }
}
