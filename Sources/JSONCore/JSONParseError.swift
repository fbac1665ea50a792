/// Why a JSON document could not be read, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the problem.
    public let line: Int
    /// The 1-based column of the problem, counted in Unicode scalars from the start of the line.
    public let column: Int
    /// The 0-based byte offset of the problem in the document.
    public let byteOffset: Int
    /// What was found and what was expected instead.
    public let message: String

    /// An error at a known place.
    public init(line: Int, column: Int, byteOffset: Int, message: String) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
