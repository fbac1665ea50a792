import JSONCore
import JSONSchema
import Testing

/// A pattern ICU runs (one the fast matcher cannot take, or a text it gives up on) is allowed a
/// bounded amount of work; beyond it the match is undecided and the instance invalid with
/// `SCHEMA-PATTERN-LIMIT`, never answered "no match" as ICU itself answered after some 42 million
/// backtracking states, and never turned into a pass by `not`.
@Suite struct PatternWorkLimitTests {
    /// Exponential for a backtracking matcher on `é` repeated and `!`: the first alternative
    /// tries every way to split the `é`s before the second, which matches, is tried. The
    /// lookahead leaves it to ICU (the project's automaton would answer at once).
    static let exponential = "^(?=é)(?:(é+)+x|é*!)$"

    static func validator(_ schema: String) throws -> SchemaValidator {
        try JSONSchemaCompiler().compile(JSONParser().parse(schema))
    }

    static func text(_ count: Int, then last: String = "!") -> JSONValue {
        .string(String(repeating: "é", count: count) + last)
    }

    static func schema(_ keyword: String, _ pattern: String) -> String {
        #"{"\#(keyword)": \#(JSONWriter().string(.string(pattern)))}"#
    }

    @Test func aShortTextIsDecided() throws {
        // Python's re.search agrees: "é" * 10 + "!" matches the second alternative.
        let validator = try Self.validator(Self.schema("pattern", Self.exponential))
        #expect(validator.validate(Self.text(10)).isValid)
        #expect(validator.validate(Self.text(10, then: "?")).errors.map(\.rule) == [.pattern])
    }

    @Test func aCraftedTextIsUndecidedNotANonMatch() throws {
        // ICU alone answered "no match" for 30 `é`s and `!` (which matches, as Python's re says) in 0.86 s.
        let result = try Self.validator(Self.schema("pattern", Self.exponential)).validate(Self.text(30))
        #expect(!result.isValid)
        #expect(result.errors.map(\.rule) == [.patternLimit])
        #expect(result.errors.first?.error.contains("31 characters") == true)
    }

    @Test func notDoesNotTurnAnUndecidedPatternIntoAPass() throws {
        let validator = try Self.validator(#"{"not": \#(Self.schema("pattern", Self.exponential))}"#)
        #expect(!validator.isValid(Self.text(30)))
        let result = validator.validate(Self.text(30))
        #expect(!result.isValid)
        #expect(result.errors.map(\.rule) == [.patternLimit])
        // Decided, the `not` still works both ways.
        #expect(!validator.validate(Self.text(10)).isValid)
        #expect(validator.validate(Self.text(10, then: "?")).isValid)
    }

    @Test func anUndecidedAlternativeIsReportedOnce() throws {
        let validator = try Self.validator(#"{"anyOf": [\#(Self.schema("pattern", Self.exponential)), {"type": "number"}]}"#)
        let result = validator.validate(Self.text(30))
        #expect(!result.isValid)
        #expect(result.errors.filter { $0.rule == .patternLimit }.count == 1)
    }

    @Test func anUndecidedKeyOfPatternPropertiesOrAdditionalPropertiesIsAnError() throws {
        let key = String(repeating: "é", count: 30) + "!"
        let instance = JSONValue.object(JSONObject([(key, .number(JSONNumber(1)))]))
        for schema in [
            #"{"patternProperties": {\#(JSONWriter().string(.string(Self.exponential))): {"type": "string"}}}"#,
            #"{"patternProperties": {\#(JSONWriter().string(.string(Self.exponential))): true}, "additionalProperties": false}"#,
        ] {
            let result = try Self.validator(schema).validate(instance)
            #expect(!result.isValid, "\(schema)")
            // Each keyword that had to match the key says so.
            #expect(result.errors.map(\.rule) == Array(repeating: .patternLimit, count: schema.contains("additionalProperties") ? 2 : 1), "\(schema)")
        }
    }

    @Test func aLongTextOnAnICUPatternIsStillDecided() throws {
        // Alternatives at the top level are left to ICU; a million characters are linear work for it.
        let validator = try Self.validator(Self.schema("pattern", "^x|é!$"))
        #expect(validator.validate(Self.text(1_000_000)).isValid)
        #expect(validator.validate(Self.text(1_000_000, then: "?")).errors.map(\.rule) == [.pattern])
    }
}

/// Nesting beyond the evaluator's depth is undecided too: `not` does not turn it into a pass.
@Suite struct EvaluationDepthLimitTests {
    /// Arrays nested `levels` deep (at most the parser's 512).
    static func nested(_ levels: Int) throws -> JSONValue {
        try JSONParser().parse(String(repeating: "[", count: levels) + String(repeating: "]", count: levels))
    }

    /// Every item valid against `n` again, through twenty `$ref`s: at least 21 schemas a level.
    static let everyItem: String = {
        let hops = (1...20).map { hop in "\"h\(hop)\": {\"$ref\": \"#/$defs/\(hop == 20 ? "n" : "h\(hop + 1)")\"}" }
        return "\"$defs\": {\"n\": {\"items\": {\"$ref\": \"#/$defs/h1\"}}, " + hops.joined(separator: ", ") + "}"
    }()

    /// Every item `n`, or with `negated` no item `n`.
    static func validator(negated: Bool) throws -> SchemaValidator {
        let root = negated ? "\"not\": {\"$ref\": \"#/$defs/n\"}" : "\"$ref\": \"#/$defs/n\""
        return try JSONSchemaCompiler().compile(JSONParser().parse("{\(everyItem), \(root)}"))
    }

    @Test func nestingBeyondTheLimitIsAnErrorEvenUnderNot() throws {
        // The evaluator stops at 10,000 schemas deep: 510 levels of 21 or more.
        let instance = try Self.nested(510)
        for negated in [false, true] {
            let validator = try Self.validator(negated: negated)
            #expect(!validator.isValid(instance), "negated: \(negated)")
            let result = validator.validate(instance)
            #expect(!result.isValid, "negated: \(negated)")
            #expect(result.errors.map(\.rule) == [.depth], "negated: \(negated)")
        }
    }

    @Test func nestingWithinTheLimitIsDecided() throws {
        // 400 levels of 22 schemas: 8,800.
        let instance = try Self.nested(400)
        #expect(try Self.validator(negated: false).isValid(instance))
        #expect(!(try Self.validator(negated: true).isValid(instance)))
    }
}
