import Diagnostics
import JSONCore
import JSONSchema

/// The check stage: validates a passport document against a JSON Schema (when the profile names
/// one) and runs the rule packs on it, listing every problem found.
public struct PassportCheck: Sendable {
    public let rules: [PassportRule]
    public let schema: SchemaValidator?

    public init(rules: [PassportRule], schema: SchemaValidator? = nil) {
        self.rules = rules
        self.schema = schema
    }

    /// The check of the built-in `eu-textile` profile: the textile passport schema and every EU pack.
    public init() {
        self = Self.euTextile
    }

    /// The check `profile` asks for, its schema compiled once; `schemaDocument` is the schema the
    /// profile names, read by the caller (``ValidationProfile/embeddedSchema(_:)`` or a file).
    public init(profile: ValidationProfile, schemaDocument: JSONValue?) throws(ProfileError) {
        var validator: SchemaValidator?
        if let schemaDocument {
            do { validator = try JSONSchemaCompiler().compile(schemaDocument) } catch {
                throw ProfileError("the schema '\(profile.schemaReference ?? "?")' does not compile: \(error)")
            }
        }
        self.init(rules: profile.rules, schema: validator)
    }

    /// The check `profile` asks for, when the schema it names (if any) is one of `Schemas/`.
    public init(profile: ValidationProfile) throws(ProfileError) {
        guard let reference = profile.schemaReference else {
            try self.init(profile: profile, schemaDocument: nil)
            return
        }
        guard let bytes = ValidationProfile.embeddedSchema(reference) else {
            throw ProfileError("no built-in schema '\(reference)'", at: JSONPointer(tokens: ["schema"]))
        }
        let document: JSONValue
        do { document = try JSONParser().parse(bytes) } catch { throw ProfileError("built-in schema \(reference): \(error.message)") }
        try self.init(profile: profile, schemaDocument: document)
    }

    /// The built-in `eu-textile` check; the embedded profile and schema are covered by tests.
    private static let euTextile: PassportCheck = try! PassportCheck(profile: ValidationProfile.builtIn("eu-textile"))

    /// Every diagnostic for `document`, located in `file`: schema findings first, then each rule's
    /// on the passport the document view reads from it.
    public func run(_ document: JSONValue, file: String, context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let schema {
            let result = schema.validate(document)
            diagnostics += result.errors.map { error in
                Diagnostic(
                    error.rule, "\(error.error) (schema \(error.keywordLocation))",
                    at: SourceLocation(file: file, pointer: error.instanceLocation.description))
            }
        }
        let view = PassportDocument.view
        let passport = view.decode(document)
        diagnostics += rules.flatMap { rule in
            rule.check(passport, context).map { finding in
                Diagnostic(rule, finding.message, at: SourceLocation(file: file, pointer: view.pointer(to: finding.field).description))
            }
        }
        return diagnostics
    }
}
