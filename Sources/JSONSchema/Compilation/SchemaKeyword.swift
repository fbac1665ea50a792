import JSONCore

/// One compiled keyword of a schema: what to check, with subschemas as node indices.
enum SchemaKeyword: Sendable {
    case type(JSONTypeSet)
    case enumeration([JSONValue])
    case constant(JSONValue)
    case multipleOf(JSONNumber)
    case minimum(NumberBound)
    case exclusiveMinimum(NumberBound)
    case maximum(NumberBound)
    case exclusiveMaximum(NumberBound)
    case minLength(Int)
    case maxLength(Int)
    case pattern(ECMARegex)
    case format(SchemaFormat)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minProperties(Int)
    case maxProperties(Int)
    case required(RequiredProperties)
    case dependentRequired([(property: String, required: [String])])
    case properties(PropertyTable)
    case patternProperties([(pattern: ECMARegex, node: Int)])
    case additionalProperties(node: Int, known: PropertyTable, patterns: [ECMARegex])
    /// `properties` with the `additionalProperties` and `required` it answers for, on the fast path only.
    case members(ObjectMembers)
    case propertyNames(Int)
    case prefixItems([Int])
    case items(node: Int, from: Int)
    case contains(node: Int, min: Int, max: Int?)
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case conditional(if: Int, then: Int?, else: Int?)
    case dependentSchemas([(property: String, node: Int)])
    case ref(Int)
    case dynamicRef(node: Int, anchor: String?)
    case unevaluatedProperties(Int)
    case unevaluatedItems(Int)

    /// Whether the keyword must run after all others of its schema (it reads their annotations).
    var readsAnnotations: Bool {
        switch self {
        case .unevaluatedItems, .unevaluatedProperties: true
        default: false
        }
    }
}

/// A keyword with the locations its errors are reported at.
///
/// A class whose properties are constants: the evaluator borrows the keyword from it in place,
/// through a reference it does not count (see `SchemaProgram`).
final class CompiledKeyword: Sendable {
    let keyword: SchemaKeyword
    /// The keyword's name, the token added to `keywordLocation`.
    let name: String
    /// The keyword's absolute URI, `absoluteKeywordLocation` of its errors.
    let absoluteLocation: String

    init(keyword: SchemaKeyword, name: String, absoluteLocation: String) {
        self.keyword = keyword
        self.name = name
        self.absoluteLocation = absoluteLocation
    }
}

/// One compiled (sub)schema.
final class SchemaNode: Sendable {
    /// Whether this is the `false` schema.
    let rejectsEverything: Bool
    let keywords: [CompiledKeyword]
    /// The keywords the fast path runs (no errors collected): `keywords` with fusions.
    let fastPathKeywords: [CompiledKeyword]
    /// Whether the node evaluates `unevaluated*`, so it collects annotations.
    let collectsAnnotations: Bool
    /// The schema resource the node belongs to (for `$dynamicRef` scope).
    let resource: Int
    /// The node's absolute URI (`resource#/pointer`).
    let absoluteLocation: String

    init(
        rejectsEverything: Bool = false, keywords: [CompiledKeyword] = [], fastPathKeywords: [CompiledKeyword]? = nil, resource: Int = 0,
        absoluteLocation: String = ""
    ) {
        self.rejectsEverything = rejectsEverything
        self.keywords = keywords
        self.fastPathKeywords = fastPathKeywords ?? keywords
        collectsAnnotations = keywords.contains { $0.keyword.readsAnnotations }
        self.resource = resource
        self.absoluteLocation = absoluteLocation
    }
}

/// A set of JSON Schema type names.
struct JSONTypeSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = JSONTypeSet(rawValue: 1)
    static let boolean = JSONTypeSet(rawValue: 2)
    static let integer = JSONTypeSet(rawValue: 4)
    static let number = JSONTypeSet(rawValue: 8)
    static let string = JSONTypeSet(rawValue: 16)
    static let array = JSONTypeSet(rawValue: 32)
    static let object = JSONTypeSet(rawValue: 64)

    /// The set for a type name; `nil` for an unknown name.
    init?(name: String) {
        switch name {
        case "null": self = .null
        case "boolean": self = .boolean
        case "integer": self = .integer
        case "number": self = .number
        case "string": self = .string
        case "array": self = .array
        case "object": self = .object
        default: return nil
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Whether the value at tape entry `index` has one of the types (`integer` accepts numbers with no fraction).
    func contains(typeOf index: Int, in tape: JSONTape) -> Bool {
        switch tape.kind(of: index) {
        case .null: contains(.null)
        case .false, .true: contains(.boolean)
        case .number: contains(.number) || (contains(.integer) && tape.numberIsInteger(at: index))
        case .string: contains(.string)
        case .array: contains(.array)
        case .object: contains(.object)
        }
    }

    /// The names, for messages.
    var names: [String] {
        let all: [(JSONTypeSet, String)] = [
            (.null, "null"), (.boolean, "boolean"), (.integer, "integer"), (.number, "number"), (.string, "string"), (.array, "array"),
            (.object, "object"),
        ]
        return all.filter { contains($0.0) }.map(\.1)
    }
}
