import Diagnostics
import JSONCore
import JSONSchema

/// The check stage: reads which UNTP version a passport document is written in, validates it
/// against the profile's JSON Schema for that version (when the profile names one) and runs the
/// rule packs on the passport that version's view reads, listing every problem found.
public struct PassportCheck: Sendable {
    public let rules: [PassportRule]
    public let schemas: VersionedSchemas<SchemaValidator>?

    public init(rules: [PassportRule], schemas: VersionedSchemas<SchemaValidator>? = nil) {
        self.rules = rules
        self.schemas = schemas
    }

    /// The check of the built-in `eu-textile` profile: the textile passport schemas and every EU pack.
    public init() {
        self = Self.euTextile
    }

    /// The check `profile` asks for, its schemas compiled once; `schemaDocuments` are the schemas
    /// the profile names, read by the caller (``ValidationProfile/embeddedSchema(_:)`` or files).
    public init(profile: ValidationProfile, schemaDocuments: VersionedSchemas<JSONValue>?) throws(ProfileError) {
        let compiled = try schemaDocuments?.map { document throws(ProfileError) -> SchemaValidator in
            do { return try JSONSchemaCompiler().compile(document) } catch {
                throw ProfileError("a schema of the profile '\(profile.name)' does not compile: \(error)")
            }
        }
        self.init(rules: profile.rules, schemas: compiled)
    }

    /// The check `profile` asks for, when the schemas it names (if any) are files of `Schemas/`.
    public init(profile: ValidationProfile) throws(ProfileError) {
        try self.init(profile: profile, schemaDocuments: try profile.schemas?.map(Self.builtInSchema))
    }

    /// The built-in schema `reference` names, parsed.
    private static func builtInSchema(_ reference: String) throws(ProfileError) -> JSONValue {
        guard let bytes = ValidationProfile.embeddedSchema(reference) else { throw ProfileError("no built-in schema '\(reference)'") }
        do { return try JSONParser().parse(bytes) } catch { throw ProfileError("built-in schema \(reference): \(error.message)") }
    }

    /// The built-in `eu-textile` check; the embedded profile and schemas are covered by tests.
    private static let euTextile: PassportCheck = try! PassportCheck(profile: ValidationProfile.builtIn("eu-textile"))

    /// Every diagnostic for `document`, located in `file`: a document of no known UNTP version
    /// first, then the schema's findings, then each number beyond a double's range (a document
    /// with one is not read into a passport), then each rule's on the passport the version's
    /// view reads from it. The rules need the version to find the members, so a document of no known
    /// version is checked by a schema for every version alone.
    public func run(_ document: JSONValue, file: String, context: CheckContext) -> [Diagnostic] {
        run(JSONTape(document), document: document, file: file, context: context)
    }

    /// Every diagnostic for the document parsed into `tape`: the schema and the version's view
    /// read the tape itself, and its ``JSONValue`` is made only to locate a rule's finding.
    public func run(_ tape: JSONTape, file: String, context: CheckContext) -> [Diagnostic] {
        run(tape, document: nil, file: file, context: context)
    }

    /// The diagnostics of the document on `tape`, whose value is `document` when the caller has it.
    private func run(_ tape: JSONTape, document: JSONValue?, file: String, context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let root = JSONTapeValue(root: tape)
        let version = UNTPVersion(of: root)
        if version == nil {
            diagnostics.append(
                Diagnostic(
                    PassportDocumentRule.unknownVersion,
                    "the @context names no UNTP Digital Product Passport version dpp reads; after the VC 2.0 context it needs "
                        + UNTPVersion.allCases.map { "\($0.untpContext) (\($0.rawValue))" }.joined(separator: " or "),
                    at: SourceLocation(file: file, pointer: "/@context")))
        }
        if let schema = schemas?.schema(for: version) {
            let result = schema.validate(tape)
            diagnostics += result.errors.map { error in
                Diagnostic(
                    error.rule, "\(error.error) (schema \(error.keywordLocation))",
                    at: SourceLocation(file: file, pointer: error.instanceLocation.description))
            }
        }
        // A number beyond a double's range would be infinity in the passport the rules read.
        let numbersBeyondRange = PassportDocumentRule.numbersBeyondRange(on: tape, file: file)
        diagnostics += numbersBeyondRange
        guard let view = version?.view, numbersBeyondRange.isEmpty else { return diagnostics }
        let passport = view.decode(root)
        let findings = PassportRule.findings(of: rules, on: passport, context)
        guard !findings.isEmpty else { return diagnostics }
        let document = document ?? root.value
        return diagnostics
            + findings.map { rule, finding in
                Diagnostic(rule, finding.message, at: SourceLocation(file: file, pointer: view.pointer(to: finding.field, in: document).description))
            }
    }
}
