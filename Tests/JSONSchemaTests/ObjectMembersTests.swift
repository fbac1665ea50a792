import JSONCore
import TestSupport
import Testing

@testable import JSONSchema

/// The fast path's fused `properties`, `additionalProperties` and `required` (`ObjectMembers`)
/// against a model of the three keywords written here from the specification, on generated
/// schemas and objects; the collecting path, which keeps the keywords apart, against it too.
@Suite struct ObjectMembersTests {
    /// Names sharing lengths, prefixes and suffixes, short and long, and a canonically equivalent pair.
    static let pool = [
        "a", "b", "ab", "ba", "abc", "name", "names", "nameZ", "identifier", "identifiers", "identifiez", "conformityTopic",
        "conformityTopics", "é", "e\u{301}", "",
    ]

    /// A schema object of the three keywords and, at random, `patternProperties` and `unevaluatedProperties`.
    struct ObjectSchema {
        var properties: [(name: String, type: String)] = []
        /// `nil`: absent; otherwise `false`, `true` or a type name.
        var additional: String?
        var required: [String]?
        /// Keys starting with "n" are then strings.
        var patternForN = false
        var unevaluatedFalse = false

        var json: JSONValue {
            var members: [(String, JSONValue)] = [("type", "object")]
            members.append(("properties", .object(JSONObject(properties.map { ($0.name, ["type": .string($0.type)]) }))))
            switch additional {
            case "false"?: members.append(("additionalProperties", false))
            case "true"?: members.append(("additionalProperties", true))
            case let type?: members.append(("additionalProperties", ["type": .string(type)]))
            case nil: break
            }
            if let required { members.append(("required", .array(required.map { .string($0) }))) }
            if patternForN { members.append(("patternProperties", ["^n": ["type": "string"]])) }
            let object = JSONValue.object(JSONObject(members))
            // unevaluatedProperties sees the annotations of the subschema in allOf.
            return unevaluatedFalse ? ["allOf": [object], "unevaluatedProperties": false] : object
        }

        /// Whether `instance` (keys with string or integer values) is valid, by the keywords' definitions.
        func accepts(_ instance: [(key: String, value: JSONValue)]) -> Bool {
            func same(_ left: String, _ right: String) -> Bool { Array(left.utf8) == Array(right.utf8) }
            func hasType(_ value: JSONValue, _ type: String) -> Bool {
                switch value {
                case .string: type == "string"
                case .number: type == "integer"
                default: false
                }
            }
            for (key, value) in instance {
                var evaluated = false
                if let property = properties.first(where: { same($0.name, key) }) {
                    if !hasType(value, property.type) { return false }
                    evaluated = true
                }
                if patternForN && key.utf8.first == UInt8(ascii: "n") {
                    if !hasType(value, "string") { return false }
                    evaluated = true
                }
                if !evaluated, let additional {
                    if additional == "false" || (additional != "true" && !hasType(value, additional)) { return false }
                    evaluated = true
                }
                if !evaluated && unevaluatedFalse { return false }
            }
            return (required ?? []).allSatisfy { name in instance.contains { same($0.key, name) } }
        }
    }

    static func schema(_ generator: inout SeededGenerator, names: [String]) -> ObjectSchema {
        var schema = ObjectSchema()
        for name in names.shuffled(using: &generator).prefix(Int.random(in: 0...names.count, using: &generator))
        where !schema.properties.contains(where: { Array($0.name.utf8) == Array(name.utf8) }) {
            schema.properties.append((name, Bool.random(using: &generator) ? "string" : "integer"))
        }
        schema.additional = [nil, "false", "true", "integer"].randomElement(using: &generator)!
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: schema.required = nil
        case 1: schema.required = []
        // Names of `properties` only (repeated at times): `required` fuses.
        case 2:
            schema.required = (0..<Int.random(in: 1...4, using: &generator)).compactMap { _ in
                schema.properties.randomElement(using: &generator)?.name
            }
        default: schema.required = (0..<Int.random(in: 1...4, using: &generator)).map { _ in names.randomElement(using: &generator)! }
        }
        schema.patternForN = Int.random(in: 0..<5, using: &generator) == 0
        schema.unevaluatedFalse = Int.random(in: 0..<4, using: &generator) == 0
        return schema
    }

    static func instance(_ generator: inout SeededGenerator, names: [String]) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = []
        for name in names.shuffled(using: &generator).prefix(Int.random(in: 0...names.count, using: &generator)) {
            members.append((name, Bool.random(using: &generator) ? "text" : 7))
        }
        return members
    }

    @Test(arguments: [1, 2, 3])
    func agreesWithTheKeywordsDefinitions(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var fused = 0
        for _ in 0..<300 {
            let schema = Self.schema(&generator, names: Self.pool)
            let validator = try JSONSchemaCompiler().compile(schema.json)
            fused += validator.program.keywords.contains { if case .members = $0.takeUnretainedValue().keyword { true } else { false } } ? 1 : 0
            for _ in 0..<30 {
                let members = Self.instance(&generator, names: Self.pool)
                let document = JSONValue.object(JSONObject(members.map { ($0.key, $0.value) }))
                let expected = schema.accepts(members)
                #expect(validator.isValid(document) == expected, "\(JSONWriter().string(schema.json)) on \(JSONWriter().string(document))")
                #expect(validator.validate(document).isValid == expected, "\(JSONWriter().string(schema.json)) on \(JSONWriter().string(document))")
            }
        }
        // Most generated schemas have something to fuse: the fast path is the fused one.
        #expect(fused > 150)
    }

    /// More than 64 distinct required names are answered by `required` beside the fused keyword.
    @Test func answersForMoreThanSixtyFourRequiredNames() throws {
        var generator = SeededGenerator(seed: 64)
        let names = (0..<70).map { "p\($0)" }
        for additional in [nil, "false"] {
            var schema = ObjectSchema(properties: names.map { ($0, "integer") }, additional: additional, required: names)
            let validator = try JSONSchemaCompiler().compile(schema.json)
            for missing in [nil, 0, 63, 64, 69] {
                let members = names.enumerated().filter { $0.offset != missing }.map { (key: $0.element, value: JSONValue(integerLiteral: 1)) }
                let document = JSONValue.object(JSONObject(members.map { ($0.key, $0.value) }))
                #expect(validator.isValid(document) == (missing == nil), "missing \(String(describing: missing))")
                #expect(schema.accepts(members) == (missing == nil))
            }
            schema.required = names.shuffled(using: &generator).prefix(64) + ["p1"]
            let exactly64 = try JSONSchemaCompiler().compile(schema.json)
            for missing in names {
                let members = names.filter { $0 != missing }.map { (key: $0, value: JSONValue(integerLiteral: 1)) }
                #expect(exactly64.isValid(.object(JSONObject(members.map { ($0.key, $0.value) }))) == schema.accepts(members), "\(missing)")
            }
        }
    }
}
