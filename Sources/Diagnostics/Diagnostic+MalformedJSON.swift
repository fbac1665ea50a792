import JSONCore

extension Diagnostic {
    /// The `JSON-MALFORMED` error of JSON read from `file` that does not parse, at the line and
    /// column where the parser stopped: one wording for every command's JSON input.
    public static func malformedJSON(_ error: JSONParseError, file: String) -> Diagnostic {
        .error(InputRule.jsonMalformed, "not valid JSON: \(error.message)", at: SourceLocation(file: file, line: error.line, column: error.column))
    }
}
