import Diagnostics
import JSONCore
import JSONSchema

/// What `dpp schema validate` found for each instance, as text or in the JSON Schema output format.
public struct SchemaReport: Sendable {
    /// One instance's outcome.
    public enum Outcome: Sendable {
        case checked(ValidationResult)
        case unreadable(Diagnostic)
    }

    public let schema: String
    public let results: [(instance: String, outcome: Outcome)]

    /// Whether any instance could not be read or parsed.
    public var hasUnreadable: Bool {
        results.contains { if case .unreadable = $0.outcome { true } else { false } }
    }

    /// Whether every instance was read and is valid.
    public var isValid: Bool {
        results.allSatisfy { if case .checked(let result) = $0.outcome { result.isValid } else { false } }
    }

    /// Each instance's verdict, and for an invalid one every error with its rule, locations and keyword.
    public var text: String {
        var text = ""
        for (path, outcome) in results {
            switch outcome {
            case .checked(let result) where result.isValid:
                text += "\(path): valid\n"
            case .checked(let result):
                text += "\(path): invalid (\(result.errors.count) error\(result.errors.count == 1 ? "" : "s"))\n"
                for error in result.errors {
                    let location = error.instanceLocation.description.isEmpty ? "(root)" : error.instanceLocation.description
                    text += "  \(path)#\(location): error \(error.rule.id): \(error.error)\n"
                    text +=
                        "      at \(error.keywordLocation.description.isEmpty ? "(root)" : error.keywordLocation.description) (\(error.absoluteKeywordLocation))\n"
                }
            case .unreadable(let diagnostic):
                text += "\(diagnostic)\n"
            }
        }
        return text
    }

    /// The report as JSON: each instance's result in the specification's "basic" output format,
    /// each error with its `rule`; an unreadable instance with its diagnostic.
    public var json: JSONValue {
        let values: [JSONValue] = results.map { path, outcome in
            switch outcome {
            case .checked(let result):
                var output = result.json.objectValue ?? JSONObject()
                if var errors = output["errors"]?.arrayValue {
                    for index in errors.indices {
                        let members = errors[index].objectValue?.members.map { ($0.key, $0.value) } ?? []
                        errors[index] = .object(JSONObject([("rule", .string(result.errors[index].rule.id))] + members))
                    }
                    output["errors"] = .array(errors)
                }
                return .object(JSONObject([("instance", .string(path))] + output.members.map { ($0.key, $0.value) }))
            case .unreadable(let diagnostic):
                return ["instance": .string(path), "valid": false, "unreadable": diagnostic.json]
            }
        }
        return ["schema": .string(schema), "valid": .bool(isValid), "results": .array(values)]
    }
}
