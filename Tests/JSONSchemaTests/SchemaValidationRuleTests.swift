import JSONCore
import JSONSchema
import Testing

/// Each failed assertion names the rule of the keyword that failed, whatever its place in the schema.
@Suite struct SchemaValidationRuleTests {
    /// A schema, an instance that breaks it, and the one rule the failure must name.
    static let cases: [(schema: String, instance: String, rule: SchemaValidationRule)] = [
        (#"{"type": "string"}"#, "1", .type),
        (#"{"enum": [1]}"#, "2", .enumeration),
        (#"{"const": 1}"#, "2", .constant),
        (#"{"multipleOf": 2}"#, "3", .multipleOf),
        (#"{"minimum": 5}"#, "3", .minimum),
        (#"{"exclusiveMinimum": 0}"#, "0", .exclusiveMinimum),
        (#"{"maximum": 1}"#, "2", .maximum),
        (#"{"exclusiveMaximum": 1}"#, "1", .exclusiveMaximum),
        (#"{"minLength": 2}"#, #""a""#, .minLength),
        (#"{"maxLength": 1}"#, #""ab""#, .maxLength),
        (#"{"pattern": "^a"}"#, #""b""#, .pattern),
        (#"{"pattern": "^(?=é)(?:(é+)+x|é*!)$"}"#, "\"" + String(repeating: "é", count: 30) + "!\"", .patternLimit),
        (#"{"format": "date"}"#, #""31 April""#, .format),
        (#"{"minItems": 1}"#, "[]", .minItems),
        (#"{"maxItems": 0}"#, "[1]", .maxItems),
        (#"{"uniqueItems": true}"#, "[1, 1]", .uniqueItems),
        (#"{"minProperties": 1}"#, "{}", .minProperties),
        (#"{"maxProperties": 0}"#, #"{"a": 1}"#, .maxProperties),
        (#"{"required": ["a"]}"#, "{}", .required),
        (#"{"dependentRequired": {"a": ["b"]}}"#, #"{"a": 1}"#, .dependentRequired),
        (#"{"additionalProperties": false}"#, #"{"a": 1}"#, .additionalProperties),
        (#"{"prefixItems": [true], "items": false}"#, "[1, 2]", .items),
        (#"{"contains": {"type": "string"}}"#, "[1]", .contains),
        (#"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#, "1", .anyOf),
        (#"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#, "1", .oneOf),
        (#"{"not": {"type": "integer"}}"#, "1", .not),
        (#"{"unevaluatedProperties": false}"#, #"{"a": 1}"#, .unevaluatedProperties),
        (#"{"unevaluatedItems": false}"#, "[1]", .unevaluatedItems),
        (#"false"#, "1", .falseSchema),
    ]

    static func errors(_ schema: String, _ instance: String) throws -> [ValidationError] {
        let validator = try JSONSchemaCompiler(assertFormats: true).compile(JSONParser().parse(schema))
        return validator.validate(try JSONParser().parse(instance)).errors
    }

    /// The failing keyword's error comes last, after those of its subschemas (the branches of `anyOf`).
    @Test(arguments: cases)
    func aFailureNamesTheRuleOfItsKeyword(schema: String, instance: String, rule: SchemaValidationRule) throws {
        #expect(try Self.errors(schema, instance).last?.rule == rule)
    }

    @Test func aFalseSubschemaUnderAPropertyNamedLikeAKeywordIsTheFalseSchema() throws {
        #expect(try Self.errors(#"{"properties": {"type": false}}"#, #"{"type": 1}"#).map(\.rule) == [.falseSchema])
    }

    @Test func everyRuleButTheDepthLimitHasACase() {
        let covered = Set(Self.cases.map(\.rule))
        #expect(Set(SchemaValidationRule.allCases).subtracting(covered) == [.depth])
    }
}
