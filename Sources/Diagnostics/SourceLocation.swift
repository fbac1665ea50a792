/// Where a diagnostic points: a file, and inside it a line and column, a JSON Pointer, or a named part.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file (or `-` for standard input, or a name such as `catalog`) the problem is in.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// The JSON Pointer (RFC 6901) of the value, for JSON inputs and passports.
    public var pointer: String?
    /// A named part of the input, when lines and pointers do not apply (`qualifier AI (10)` of a URI).
    public var part: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, pointer: String? = nil, part: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
        self.part = part
    }

    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let pointer { text += " at \(pointer.isEmpty ? "(root)" : pointer)" }
        if let part { text += " (\(part))" }
        return text
    }
}
