/// One problem found in a GS1 key, application identifier value, Digital Link URI or EPC URN.
///
/// Carries a stable rule id (``GS1Rule``), a message a person can act on, and the location of
/// the problem inside the input.
public struct GS1Error: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule that was broken.
    public let rule: GS1Rule
    /// What is wrong and, where it helps, what would be right.
    public let message: String
    /// Where in the input the problem is.
    public let location: Location

    /// Creates a problem report.
    public init(_ rule: GS1Rule, _ message: String, at location: Location = Location(part: .input)) {
        self.rule = rule
        self.message = message
        self.location = location
    }

    public var description: String { "\(rule.id): \(message) (at \(location))" }

    /// The part of the input a problem is in, with the AI concerned and a UTF-8 byte offset.
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        /// A part of a GS1 input.
        public enum Part: String, Hashable, Sendable {
            /// The whole input (a key, an EPC URN, a URI as a whole).
            case input
            /// The `http://` or `https://` at the start of a URI.
            case scheme
            /// The host and port of a URI.
            case host
            /// The path of a URI (its stem and its AI segments).
            case path
            /// The query string of a URI.
            case query
            /// The primary key of a Digital Link (`/01/...`).
            case primaryKey = "primary key"
            /// A key qualifier in the path of a Digital Link (`/10/...`).
            case qualifier
            /// A data attribute in the query of a Digital Link (`?17=...`).
            case attribute
        }

        /// The part of the input.
        public let part: Part
        /// The application identifier concerned, if any.
        public let ai: String?
        /// Offset in UTF-8 bytes from the start of the input, when known.
        public let offset: Int?

        /// Creates a location.
        public init(part: Part, ai: String? = nil, offset: Int? = nil) {
            self.part = part
            self.ai = ai
            self.offset = offset
        }

        public var description: String {
            var text = part.rawValue
            if let ai { text += " AI (\(ai))" }
            if let offset { text += ", offset \(offset)" }
            return text
        }
    }
}
