import Diagnostics
import Foundation
import JSONCore
import JSONSchema

/// Plain JSON Schema validation of JSON files (`dpp schema validate`): compile once, validate each.
public struct SchemaValidationRun: Sendable {
    /// The schema file as given, for the report.
    public let schemaPath: String
    public let validator: SchemaValidator

    /// The schema in `schemaPath` compiled, its references under each remote prefix read from a
    /// folder (never from the network). Throws ``InputFailure`` when the schema cannot be read or used.
    public init(schemaPath: String, remotes: [(prefix: String, folder: URL)] = [], assertFormats: Bool = false) throws(InputFailure) {
        let schema: JSONValue
        switch JSONInput.read(schemaPath) {
        case .success(let document): schema = document
        case .failure(let diagnostic): throw InputFailure(diagnostic)
        }
        var registry = SchemaRegistry()
        for remote in remotes { registry.map(prefix: remote.prefix, to: remote.folder) }
        let baseURI = schemaPath == "-" ? "" : URL(fileURLWithPath: schemaPath).standardizedFileURL.absoluteString
        do {
            validator = try JSONSchemaCompiler(registry: registry, assertFormats: assertFormats).compile(schema, baseURI: baseURI)
        } catch {
            throw InputFailure(
                Diagnostic(error.rule, "the schema cannot be used: \(error.message) (at \(error.location))", at: SourceLocation(file: schemaPath)))
        }
        self.schemaPath = schemaPath
    }

    /// The report on `instances`, validated `jobs` at a time, in the order given.
    public func report(on instances: [String], jobs: JobCount) -> SchemaReport {
        let outcomes = OrderedParallelMap.map(instances, jobs: jobs) { path -> SchemaReport.Outcome in
            switch JSONInput.readTape(path) {
            case .success(let tape): .checked(validator.validate(tape))
            case .failure(let diagnostic): .unreadable(diagnostic)
            }
        }
        return SchemaReport(schema: schemaPath, results: Array(zip(instances, outcomes)))
    }
}
