import JSONCore

/// One failed assertion, in the JSON Schema output format's terms.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// The rule the instance breaks: the failing keyword's (`SCHEMA-TYPE` for `type`), whichever command reports it.
    public let rule: SchemaValidationRule
    /// Where in the instance the failing value is.
    public let instanceLocation: JSONPointer
    /// The path of keywords that led to the failing keyword, through `$ref`s.
    public let keywordLocation: JSONPointer
    /// The failing keyword's absolute URI (`schema-uri#/pointer/to/keyword`).
    public let absoluteKeywordLocation: String
    /// What is wrong, for people.
    public let error: String

    public init(
        rule: SchemaValidationRule, instanceLocation: JSONPointer, keywordLocation: JSONPointer, absoluteKeywordLocation: String, error: String
    ) {
        self.rule = rule
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.error = error
    }

    /// `instance-location: error (keyword-location)`.
    public var description: String {
        let instance = instanceLocation.description.isEmpty ? "(root)" : instanceLocation.description
        return "\(instance): \(error) [\(keywordLocation.description.isEmpty ? "(root)" : keywordLocation.description)]"
    }
}

/// The outcome of validating one instance: valid, or every error found.
public struct ValidationResult: Sendable, Hashable {
    /// Whether the instance is valid.
    public let isValid: Bool
    /// Every failed assertion (empty when valid).
    public let errors: [ValidationError]

    public init(isValid: Bool, errors: [ValidationError]) {
        self.isValid = isValid
        self.errors = errors
    }

    /// The result in the "basic" output format of JSON Schema 2020-12 (section 12.4.2).
    public var json: JSONValue {
        guard !isValid else { return ["valid": true] }
        let units: [JSONValue] = errors.map { error in
            [
                "keywordLocation": .string(error.keywordLocation.description),
                "absoluteKeywordLocation": .string(error.absoluteKeywordLocation),
                "instanceLocation": .string(error.instanceLocation.description),
                "error": .string(error.error),
            ]
        }
        return ["valid": false, "errors": .array(units)]
    }
}
