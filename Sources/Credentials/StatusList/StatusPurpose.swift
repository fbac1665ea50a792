/// What the bits of a status list stand for (`statusPurpose`).
///
/// The Recommendation lets the value be any string but fixes the meaning of `revocation`,
/// `suspension`, `refresh` and `message`; this type keeps any string it reads.
public struct StatusPurpose: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A set bit cancels the credential for good.
    public static let revocation = StatusPurpose(rawValue: "revocation")
    /// A set bit holds the credential back until the bit is cleared.
    public static let suspension = StatusPurpose(rawValue: "suspension")

    public var description: String { rawValue }
}
