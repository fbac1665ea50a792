import JSONCore

/// Compiles a JSON Schema 2020-12 into a `SchemaValidator`, resolving every reference once.
///
/// ```swift
/// let validator = try JSONSchemaCompiler(registry: registry).compile(schema, baseURI: "file:///s.json")
/// validator.isValid(instance)
/// ```
public struct JSONSchemaCompiler: Sendable {
    /// Where referenced schemas come from.
    public var registry: SchemaRegistry
    /// Whether `format` is asserted (otherwise it is an annotation, unless the meta-schema asks for assertion).
    public var assertFormats: Bool

    /// A compiler reading references from `registry`.
    public init(registry: SchemaRegistry = SchemaRegistry(), assertFormats: Bool = false) {
        self.registry = registry
        self.assertFormats = assertFormats
    }

    /// Compiles `schema`, whose retrieval URI is `baseURI` (used for relative `$id`s and `$ref`s).
    public func compile(_ schema: JSONValue, baseURI: String = "") throws(SchemaCompileError) -> SchemaValidator {
        let compilation = SchemaCompilation(registry: registry, assertFormats: assertFormats)
        return try compilation.compileRoot(schema, baseURI: SchemaURI.splitFragment(baseURI).base)
    }
}
