import Foundation
import JSONCore
import JSONSchema
import Testing

@Suite struct SchemaValidatorTests {
    func validator(_ schema: String, assertFormats: Bool = false) throws -> SchemaValidator {
        try JSONSchemaCompiler(assertFormats: assertFormats).compile(JSONParser().parse(schema), baseURI: "https://example.com/passport.json")
    }

    @Test func reportsEveryErrorWithItsLocations() throws {
        let schema = try validator(
            #"""
            {"type": "object", "required": ["gtin", "fibres"],
             "properties": {
               "gtin": {"type": "string", "pattern": "^[0-9]{14}$"},
               "fibres": {"type": "array", "items": {"$ref": "#/$defs/fibre"}}},
             "$defs": {"fibre": {"type": "object", "properties": {"share": {"maximum": 100}}}}}
            """#)
        let result = schema.validate(try JSONParser().parse(#"{"gtin": "95212345", "fibres": [{"share": 50}, {"share": 120}]}"#))
        #expect(!result.isValid)
        #expect(result.errors.count == 2)
        let pattern = try #require(result.errors.first { $0.keywordLocation.description == "/properties/gtin/pattern" })
        #expect(pattern.instanceLocation.description == "/gtin")
        #expect(pattern.absoluteKeywordLocation == "https://example.com/passport.json#/properties/gtin/pattern")
        let maximum = try #require(result.errors.first { $0.instanceLocation.description == "/fibres/1/share" })
        #expect(maximum.keywordLocation.description == "/properties/fibres/items/$ref/properties/share/maximum")
        #expect(maximum.absoluteKeywordLocation == "https://example.com/passport.json#/$defs/fibre/properties/share/maximum")
        #expect(maximum.error.contains("120"))
    }

    @Test func listsEveryMissingProperty() throws {
        let result = try validator(#"{"required": ["a", "b", "c"]}"#).validate(["b": 1])
        #expect(result.errors.count == 1)
        #expect(result.errors[0].error.contains("\"a\"") && result.errors[0].error.contains("\"c\""))
    }

    @Test func validInstancesHaveNoErrors() throws {
        let schema = try validator(#"{"type": "object", "properties": {"a": {"type": "integer"}}}"#)
        let result = schema.validate(["a": 1.0])
        #expect(result.isValid && result.errors.isEmpty)
        #expect(result.json == ["valid": true])
    }

    @Test func basicOutputFormatHasTheFourMembers() throws {
        let result = try validator(#"{"minimum": 5}"#).validate(3)
        let unit = try #require(result.json["errors"]?[0])
        #expect(result.json["valid"] == false)
        #expect(unit["keywordLocation"] == "/minimum")
        #expect(unit["instanceLocation"] == "")
        #expect(unit["absoluteKeywordLocation"] == "https://example.com/passport.json#/minimum")
        #expect(unit["error"]?.stringValue?.isEmpty == false)
    }

    @Test func booleansAreNotNumbersAndBigNumbersCompareExactly() throws {
        #expect(try !validator(#"{"type": "integer"}"#).isValid(true))
        #expect(try !validator(#"{"enum": [1]}"#).isValid(true))
        let big = try validator(#"{"maximum": 123456789012345678901234567890}"#)
        #expect(big.isValid(try JSONParser().parse("123456789012345678901234567890")))
        #expect(!big.isValid(try JSONParser().parse("123456789012345678901234567891")))
        #expect(try validator(#"{"exclusiveMinimum": 1e308}"#).isValid(try JSONParser().parse("1e400")))
    }

    @Test(arguments: [("0.3", "0.1", true), ("1e308", "0.5", true), ("10", "3", false), ("4.5", "1.5", true), ("0.30000001", "0.1", false)])
    func multipleOfIsExact(value: String, divisor: String, expected: Bool) throws {
        let schema = try validator("{\"multipleOf\": \(divisor)}")
        #expect(schema.isValid(try JSONParser().parse(value)) == expected)
    }

    @Test func aReferenceCycleIsACompileError() {
        #expect {
            try validator(##"{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}}"##)
        } throws: { error in
            guard let error = error as? SchemaCompileError else { return false }
            return error.rule == .referenceCycle && error.message.contains("#/$defs/a")
        }
    }

    @Test func recursionThroughTheInstanceIsNotACycle() throws {
        let tree = try validator(
            ##"{"$defs": {"node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}, "$ref": "#/$defs/node"}"##
        )
        #expect(tree.isValid(["children": [["children": []]]]))
        #expect(!tree.isValid(["children": [["children": 1]]]))
    }

    @Test func anUnknownRemoteIsACompileErrorNotANetworkRequest() {
        #expect {
            try validator(#"{"$ref": "https://schemas.example.org/unknown.json"}"#)
        } throws: { error in
            guard let error = error as? SchemaCompileError else { return false }
            return error.rule == .unresolvableReference && error.message.contains("never fetched")
        }
    }

    @Test func anUnknownAnchorIsACompileError() {
        #expect(throws: SchemaCompileError.self) { try validator(##"{"$ref": "#nope"}"##) }
        #expect(throws: SchemaCompileError.self) { try validator(##"{"$ref": "#/$defs/missing"}"##) }
    }

    @Test func malformedKeywordsAreCompileErrors() {
        #expect(throws: SchemaCompileError.self) { try validator(#"{"minLength": -1}"#) }
        #expect(throws: SchemaCompileError.self) { try validator(#"{"type": "text"}"#) }
        #expect(throws: SchemaCompileError.self) { try validator(#"{"pattern": "(unclosed"}"#) }
        #expect(throws: SchemaCompileError.self) { try validator(#"{"properties": {"a": 3}}"#) }
    }

    @Test func formatsAreAnnotationsUnlessAsserted() throws {
        let schema = #"{"format": "date"}"#
        #expect(try validator(schema).isValid("2026-02-30"))
        #expect(try !validator(schema, assertFormats: true).isValid("2026-02-30"))
        #expect(try validator(schema, assertFormats: true).isValid("2028-02-29"))
    }

    @Test func stringLengthCountsUnicodeScalars() throws {
        let schema = try validator(#"{"minLength": 3, "maxLength": 3}"#)
        #expect(schema.isValid("ямх"))
        #expect(schema.isValid("😀😀😀"))
        #expect(!schema.isValid("😀😀"))
    }

    @Test func validatesDeepInstancesWithoutCrashing() throws {
        let deep = try JSONParser().parse(String(repeating: "[", count: 500) + String(repeating: "]", count: 500))
        let schema = try validator(##"{"$defs": {"a": {"items": {"$ref": "#/$defs/a"}}}, "$ref": "#/$defs/a"}"##)
        #expect(schema.validate(deep).isValid)
    }

    @Test func instancesOfTheMetaSchemaValidate() throws {
        let meta = try validator(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#)
        #expect(meta.isValid(["type": "string", "minLength": 2]))
        #expect(!meta.isValid(["type": 12]))
        #expect(!meta.isValid(["properties": ["a": ["minLength": -1]]]))
    }

    /// Property names and patterns are their code points: "é" and "e\u{301}" (canonically
    /// equivalent, so equal as Swift strings) name two properties with two subschemas.
    @Test func canonicallyEquivalentNamesAndPatternsAreDifferent() throws {
        let composed = "\u{E9}", decomposed = "e\u{301}"
        let properties = try JSONSchemaCompiler().compile(
            ["properties": .object(JSONObject([(composed, ["type": "integer"] as JSONValue), (decomposed, ["type": "string"] as JSONValue)]))])
        let patterns = try JSONSchemaCompiler().compile(
            [
                "patternProperties": .object(
                    JSONObject([("^\(composed)$", ["type": "integer"] as JSONValue), ("^\(decomposed)$", ["type": "string"] as JSONValue)]))
            ])
        for schema in [properties, patterns] {
            #expect(schema.isValid(JSONValue.object(JSONObject([(composed, 1), (decomposed, "text")]))))
            #expect(!schema.isValid(JSONValue.object(JSONObject([(composed, "text")]))))
            #expect(!schema.validate(JSONValue.object(JSONObject([(decomposed, 1)]))).isValid)
        }
    }
}
