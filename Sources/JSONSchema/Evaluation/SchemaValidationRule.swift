import Diagnostics

/// The rule a failed assertion breaks: one per keyword that can fail, with the id `SCHEMA-` and the
/// keyword's name (`SCHEMA-TYPE`, `SCHEMA-REQUIRED`), the same in every command.
///
/// Keywords of older drafts report under the 2020-12 keyword that does their work
/// (`additionalItems` as `items`, `dependencies` as `dependentRequired`).
public enum SchemaValidationRule: String, DiagnosticRule, CaseIterable {
    case type = "SCHEMA-TYPE"
    case enumeration = "SCHEMA-ENUM"
    case constant = "SCHEMA-CONST"
    case multipleOf = "SCHEMA-MULTIPLEOF"
    case minimum = "SCHEMA-MINIMUM"
    case exclusiveMinimum = "SCHEMA-EXCLUSIVEMINIMUM"
    case maximum = "SCHEMA-MAXIMUM"
    case exclusiveMaximum = "SCHEMA-EXCLUSIVEMAXIMUM"
    case minLength = "SCHEMA-MINLENGTH"
    case maxLength = "SCHEMA-MAXLENGTH"
    case pattern = "SCHEMA-PATTERN"
    /// Not a keyword's verdict: whether a string matches `pattern` (or a key `patternProperties`)
    /// could not be decided within the work a match is allowed.
    case patternLimit = "SCHEMA-PATTERN-LIMIT"
    case format = "SCHEMA-FORMAT"
    case minItems = "SCHEMA-MINITEMS"
    case maxItems = "SCHEMA-MAXITEMS"
    case uniqueItems = "SCHEMA-UNIQUEITEMS"
    case minProperties = "SCHEMA-MINPROPERTIES"
    case maxProperties = "SCHEMA-MAXPROPERTIES"
    case required = "SCHEMA-REQUIRED"
    case dependentRequired = "SCHEMA-DEPENDENTREQUIRED"
    case additionalProperties = "SCHEMA-ADDITIONALPROPERTIES"
    case items = "SCHEMA-ITEMS"
    case contains = "SCHEMA-CONTAINS"
    case anyOf = "SCHEMA-ANYOF"
    case oneOf = "SCHEMA-ONEOF"
    case not = "SCHEMA-NOT"
    case unevaluatedProperties = "SCHEMA-UNEVALUATEDPROPERTIES"
    case unevaluatedItems = "SCHEMA-UNEVALUATEDITEMS"
    /// Not a keyword: the subschema is `false`.
    case falseSchema = "SCHEMA-FALSE"
    /// Not a keyword: the instance and the schema nest deeper than the evaluator goes.
    case depth = "SCHEMA-DEPTH"

    public static let module = "JSONSchema"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var summary: String {
        switch self {
        case .type: "the value has the type the schema demands"
        case .enumeration: "the value is one of the values enum lists"
        case .constant: "the value equals const"
        case .multipleOf: "a number is a multiple of multipleOf"
        case .minimum: "a number is at least minimum"
        case .exclusiveMinimum: "a number is greater than exclusiveMinimum"
        case .maximum: "a number is at most maximum"
        case .exclusiveMaximum: "a number is less than exclusiveMaximum"
        case .minLength: "a string has at least minLength characters"
        case .maxLength: "a string has at most maxLength characters"
        case .pattern: "a string matches pattern"
        case .patternLimit:
            "whether a string matches a pattern is decided within the work a match is allowed (a backtracking pattern on a long or crafted text is not)"
        case .format: "a string is valid in its format (when formats are asserted)"
        case .minItems: "an array has at least minItems items"
        case .maxItems: "an array has at most maxItems items"
        case .uniqueItems: "an array has no two equal items"
        case .minProperties: "an object has at least minProperties properties"
        case .maxProperties: "an object has at most maxProperties properties"
        case .required: "an object has every property required lists"
        case .dependentRequired: "an object with a property has the properties dependentRequired lists for it"
        case .additionalProperties: "an object has no property that additionalProperties forbids"
        case .items: "an array has no items beyond those items allows"
        case .contains: "an array has between minContains and maxContains items that match contains"
        case .anyOf: "the value matches at least one schema of anyOf"
        case .oneOf: "the value matches exactly one schema of oneOf"
        case .not: "the value does not match the schema of not"
        case .unevaluatedProperties: "an object has no unevaluated property that unevaluatedProperties forbids"
        case .unevaluatedItems: "an array has no unevaluated item that unevaluatedItems forbids"
        case .falseSchema: "no value is present where the schema is false"
        case .depth: "evaluation nests no deeper than \(SchemaEvaluator.maximumDepth) schemas"
        }
    }
}
