/// The definition of one GS1 application identifier, as the syntax dictionary gives it.
///
/// A class so that passing a definition around costs one reference count, not one per field;
/// two definitions are equal when their AIs are.
public final class ApplicationIdentifier: Hashable, Sendable {
    /// The AI itself, two to four digits (`01`, `10`, `3103`).
    public let code: String
    /// The position of this AI in ``ApplicationIdentifierTable/definitions`` and ``ApplicationIdentifierRecords``.
    let index: Int
    /// The short title (`GTIN`, `BATCH/LOT`).
    public let title: String
    /// Whether the AI has a predefined length (needs no FNC1 separator in a barcode).
    public let fixedLength: Bool
    /// Whether the AI may appear as a Digital Link data attribute (in the query).
    public let dataAttribute: Bool
    /// The components of the value, in order.
    public let format: [FormatComponent]
    /// For a Digital Link primary key, its alternative ordered qualifier sequences
    /// (`[["22", "10", "21"], ["235"]]` for a GTIN, `[[]]` for a key without qualifiers); nil otherwise.
    public let qualifierSequences: [[String]]?
    /// Pairing rules that must all hold: each is a list of alternatives, an alternative a list of
    /// AI patterns that must all be present (`n` in a pattern stands for any digit).
    public let requires: [[[String]]]
    /// AI patterns that may not be used together with this AI.
    public let excludes: [String]

    init(
        _ code: String, index: Int, title: String, fixedLength: Bool, dataAttribute: Bool, format: [FormatComponent],
        qualifierSequences: [[String]]?, requires: [[[String]]], excludes: [String]
    ) {
        self.code = code
        self.index = index
        self.title = title
        self.fixedLength = fixedLength
        self.dataAttribute = dataAttribute
        self.format = format
        self.qualifierSequences = qualifierSequences
        self.requires = requires
        self.excludes = excludes
    }

    public static func == (lhs: ApplicationIdentifier, rhs: ApplicationIdentifier) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// Whether this AI can be the primary key of a Digital Link URI.
    public var isPrimaryKey: Bool { qualifierSequences != nil }

    /// The definition of `code`, or nil when it is not a GS1 application identifier.
    public static func named(_ code: some StringProtocol) -> ApplicationIdentifier? {
        ApplicationIdentifierTable.definition(of: Array(code.utf8)[...])
    }

    /// One component of an AI's value: its character set, its length and its content checks.
    public struct FormatComponent: Hashable, Sendable {
        /// The characters the component may hold.
        public let characterSet: GS1CharacterSet
        /// The allowed lengths (a single length for fixed components).
        public let length: ClosedRange<Int>
        /// Whether the component may be left out (only at the end of the value).
        public let optional: Bool
        /// Content checks run on the component, in order.
        public let linters: [GS1Linter]

        init(_ characterSet: GS1CharacterSet, _ length: ClosedRange<Int>, optional: Bool, linters: [GS1Linter]) {
            self.characterSet = characterSet
            self.length = length
            self.optional = optional
            self.linters = linters
        }
    }
}
