import Foundation
import JSONCore
import JSONSchema

/// `dpp schema validate`: plain JSON Schema 2020-12 validation of JSON files.
enum SchemaCommand: Command {
    static let name = "schema"
    static let summary = "validate JSON files against a JSON Schema 2020-12"
    static let help = """
        Usage: dpp schema validate --schema SCHEMA [--remote URL=DIR]... [--format text|json] [--assert-format] INSTANCE...

        Validates each INSTANCE (a JSON file, or - for standard input) against SCHEMA, a JSON
        Schema 2020-12 file, and reports every error with its instance and keyword locations.

        Options:
          --schema FILE       the schema to validate against (required)
          --remote URL=DIR    read schemas referenced under URL from the folder DIR (repeatable);
                              nothing is ever fetched from the network
          --format text|json  the report format (default text; json is the standard "basic" output)
          --assert-format     check "format" (date-time, email, uri, ...) instead of ignoring it
          --jobs N            validate N files at a time (default: the number of processors)

        Exit codes: 0 every instance is valid, 1 some instance is invalid,
        2 usage error or an unreadable or malformed schema or instance.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.option("--format") ?? "text"
        guard format == "text" || format == "json" else { throw UsageError("--format must be text or json, not \(format)") }
        guard let schemaPath = try arguments.option("--schema") else { throw UsageError("--schema FILE is required") }
        let remotes = try arguments.options("--remote").map(parseRemote)
        let assertFormats = arguments.flag("--assert-format")
        let jobs = try arguments.option("--jobs").map { text throws(UsageError) -> Int in
            guard let jobs = Int(text), jobs >= 1 else { throw UsageError("--jobs must be a whole number of at least 1, not \(text)") }
            return jobs
        } ?? ProcessInfo.processInfo.activeProcessorCount
        var positionals = try arguments.positionals()
        guard positionals.first == "validate" else {
            throw UsageError(positionals.isEmpty ? "expected the subcommand 'validate'" : "unknown subcommand '\(positionals[0])'; expected 'validate'")
        }
        positionals.removeFirst()
        guard !positionals.isEmpty else { throw UsageError("give at least one INSTANCE file (or - for standard input)") }
        guard positionals.filter({ $0 == "-" }).count <= 1, !(schemaPath == "-" && positionals.contains("-")) else {
            throw UsageError("standard input (-) can be read only once")
        }

        let validator = try compileSchema(at: schemaPath, remotes: remotes, assertFormats: assertFormats)
        var report = SchemaReport(schema: schemaPath)
        for (path, outcome) in zip(positionals, check(positionals, with: validator, jobs: jobs)) {
            report.add(path, outcome)
        }
        console.out(format == "json" ? JSONWriter(pretty: true).string(report.json) : report.text)
        return report.exitStatus
    }

    /// Reads and validates every file, `jobs` at a time; the outcomes come back in the order of `paths`.
    private static func check(_ paths: [String], with validator: SchemaValidator, jobs: Int) -> [SchemaReport.Outcome] {
        @Sendable func outcome(_ path: String) -> SchemaReport.Outcome {
            do { return .checked(validator.validate(try JSONFileReader.read(path))) } catch { return .unreadable(error) }
        }
        let workers = min(jobs, paths.count)
        guard workers > 1 else { return paths.map(outcome) }
        let slots = OutcomeSlots(count: paths.count)
        // Each worker takes every `workers`-th file: documents are alike in size, so the shares are even.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: paths.count, by: workers) { slots.store(outcome(paths[index]), at: index) }
        }
        return slots.outcomes
    }

    private static func parseRemote(_ text: String) throws(UsageError) -> (prefix: String, folder: URL) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex, text.index(after: equals) != text.endIndex else {
            throw UsageError("--remote needs URL=DIR, not \(text)")
        }
        let folder = URL(fileURLWithPath: String(text[text.index(after: equals)...]), isDirectory: true)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw UsageError("--remote folder \(folder.path) does not exist")
        }
        return (String(text[..<equals]), folder)
    }

    private static func compileSchema(at path: String, remotes: [(prefix: String, folder: URL)], assertFormats: Bool) throws(SchemaInputError) -> SchemaValidator {
        let schema = try JSONFileReader.read(path)
        var registry = SchemaRegistry()
        for remote in remotes { registry.map(prefix: remote.prefix, to: remote.folder) }
        let baseURI = path == "-" ? "" : URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        do {
            return try JSONSchemaCompiler(registry: registry, assertFormats: assertFormats).compile(schema, baseURI: baseURI)
        } catch {
            throw SchemaInputError(rule: error.rule.id, path: path, message: "the schema cannot be used: \(error.message) (at \(error.location))")
        }
    }
}

/// An unreadable or malformed file: exit code 2.
struct SchemaInputError: Error, ReportableError {
    let rule: String
    let path: String
    let detail: String

    init(rule: String, path: String, message: String) {
        self.rule = rule
        self.path = path
        detail = message
    }

    var message: String { "\(path): \(rule): \(detail)" }
    var isInputProblem: Bool { true }
}

/// Reads a JSON file (or standard input for `-`) into a `JSONValue`, refusing files over the parser's limit before reading them.
enum JSONFileReader {
    /// The bytes of the file at `path`: one open, one fstat, reads into a buffer of the file's size.
    private static func readFile(_ path: String, limit: Int) throws(SchemaInputError) -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw SchemaInputError(rule: "FILE-UNREADABLE", path: path, message: errno == ENOENT ? "no such file" : "the file cannot be opened (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw SchemaInputError(rule: "FILE-UNREADABLE", path: path, message: "the file cannot be read") }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw SchemaInputError(rule: "FILE-UNREADABLE", path: path, message: "is a folder, not a JSON file") }
        let size = Int(status.st_size)
        guard size <= limit else {
            throw SchemaInputError(rule: "JSON-TOO-LARGE", path: path, message: "the file has \(size) bytes, more than the limit of \(limit)")
        }
        var data = Data(count: size)
        var filled = 0
        let failed = data.withUnsafeMutableBytes { buffer -> Bool in
            while filled < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return count < 0 }
                filled += count
            }
            return false
        }
        guard !failed else { throw SchemaInputError(rule: "FILE-UNREADABLE", path: path, message: "the file cannot be read (\(String(cString: strerror(errno))))") }
        // A file that shrank while being read is parsed as far as it goes (and reported as truncated).
        return filled == size ? data : data.prefix(filled)
    }

    static func read(_ path: String, parser: JSONParser = JSONParser()) throws(SchemaInputError) -> JSONValue {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = try readFile(path, limit: parser.options.maxBytes)
        }
        do {
            return try parser.parse(data)
        } catch {
            throw SchemaInputError(rule: "JSON-SYNTAX", path: "\(path):\(error.line):\(error.column)", message: error.message)
        }
    }
}


/// What `dpp schema validate` found for each instance, as text or as JSON.
struct SchemaReport {
    /// One instance's outcome.
    enum Outcome {
        case checked(ValidationResult)
        case unreadable(SchemaInputError)
    }

    let schema: String
    private(set) var outcomes: [(path: String, outcome: Outcome)] = []

    init(schema: String) { self.schema = schema }

    mutating func add(_ path: String, _ outcome: Outcome) { outcomes.append((path, outcome)) }

    /// 2 when any instance was unreadable, else 1 when any was invalid, else 0.
    var exitStatus: ExitStatus {
        var status = ExitStatus.success
        for (_, outcome) in outcomes {
            switch outcome {
            case .unreadable: return .usageOrUnreadable
            case .checked(let result) where !result.isValid: status = .invalid
            case .checked: break
            }
        }
        return status
    }

    /// The rule id of a validation error: `SCHEMA-` and the failing keyword.
    static func rule(of error: ValidationError) -> String {
        error.rule.id
    }

    var text: String {
        var text = ""
        for (path, outcome) in outcomes {
            switch outcome {
            case .checked(let result) where result.isValid:
                text += "\(path): valid\n"
            case .checked(let result):
                text += "\(path): invalid (\(result.errors.count) error\(result.errors.count == 1 ? "" : "s"))\n"
                for error in result.errors {
                    let location = error.instanceLocation.description.isEmpty ? "(root)" : error.instanceLocation.description
                    text += "  \(path)#\(location): error \(Self.rule(of: error)): \(error.error)\n"
                    text += "      at \(error.keywordLocation.description.isEmpty ? "(root)" : error.keywordLocation.description) (\(error.absoluteKeywordLocation))\n"
                }
            case .unreadable(let error):
                text += "\(error.path): error \(error.rule): \(error.detail)\n"
            }
        }
        return text
    }

    var json: JSONValue {
        let results: [JSONValue] = outcomes.map { path, outcome in
            switch outcome {
            case .checked(let result):
                var output = result.json.objectValue ?? JSONObject()
                if var errors = output["errors"]?.arrayValue {
                    for index in errors.indices {
                        errors[index] = .object(JSONObject([("rule", .string(Self.rule(of: result.errors[index])))] + (errors[index].objectValue?.members.map { ($0.key, $0.value) } ?? [])))
                    }
                    output["errors"] = .array(errors)
                }
                return .object(JSONObject([("instance", .string(path))] + output.members.map { ($0.key, $0.value) }))
            case .unreadable(let error):
                return ["instance": .string(path), "valid": false, "unreadable": ["rule": .string(error.rule), "location": .string(error.path), "error": .string(error.detail)]]
            }
        }
        return ["schema": .string(schema), "valid": .bool(exitStatus == .success), "results": .array(results)]
    }
}

/// One slot per file, written by the worker that owns the file's index.
private final class OutcomeSlots: @unchecked Sendable {
    // Safe without a lock: every index is written by exactly one worker, and read after all have finished.
    private let slots: UnsafeMutableBufferPointer<SchemaReport.Outcome?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ outcome: SchemaReport.Outcome, at index: Int) { slots[index] = outcome }

    var outcomes: [SchemaReport.Outcome] { slots.map { $0! } }
}
