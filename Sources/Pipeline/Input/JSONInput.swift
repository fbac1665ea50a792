import Diagnostics
import JSONCore

/// Reading a JSON input: the file's bytes, then the document, each failure a diagnostic.
public enum JSONInput {
    /// The JSON document in `path` (standard input for `-`), or why it cannot be had: the file
    /// is unreadable or larger than the parser's limit, or the JSON is malformed (with its line and column).
    public static func read(_ path: String, parser: JSONParser = JSONParser()) -> Result<JSONValue, Diagnostic> {
        readTape(path, parser: parser).map { $0.value(at: $0.root) }
    }

    /// The JSON document in `path` as a tape (nothing of it made into values yet), or why it cannot be had.
    public static func readTape(_ path: String, parser: JSONParser = JSONParser()) -> Result<JSONTape, Diagnostic> {
        InputFile.read(path, limit: parser.options.maxBytes).flatMap { bytes -> Result<JSONTape, Diagnostic> in
            Result { () throws(JSONParseError) -> JSONTape in try parser.parseTape(bytes) }.mapError { .malformedJSON($0, file: path) }
        }
    }

    /// The JSON document in `bytes`, read from `file`, or a `JSON-MALFORMED` diagnostic.
    public static func parse(_ bytes: [UInt8], file: String, parser: JSONParser = JSONParser()) -> Result<JSONValue, Diagnostic> {
        do {
            return .success(try parser.parse(bytes))
        } catch {
            return .failure(.malformedJSON(error, file: file))
        }
    }
}
