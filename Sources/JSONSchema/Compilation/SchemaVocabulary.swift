/// Which keywords a schema's dialect gives meaning to (from its meta-schema's `$vocabulary`).
struct SchemaVocabulary: Equatable {
    var applicator = true
    var unevaluated = true
    var validation = true
    var formatAssertion = false
    /// Draft 2019-09 and earlier: `items` as an array is the tuple form, `prefixItems` is unknown.
    var tupleItems = false

    /// The 2020-12 default dialect.
    static let standard = SchemaVocabulary()

    static let vocabularyPrefix = "https://json-schema.org/draft/2020-12/vocab/"
}
