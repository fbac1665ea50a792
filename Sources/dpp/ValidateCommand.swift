import Foundation
import JSONCore
import Passport

/// `dpp validate`: checks passport files and folders against a profile and reports every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = "check passports (files or folders) against a profile and report"
    static let help = """
    Usage: dpp validate PATH... [--profile eu-textile|untp|us-cashmere|FILE] [--at DATE] [--format text|json]

    Checks every passport file given, and every *.jsonld file below each folder given
    (except JSON-LD contexts under a 'contexts' folder), and reports each file's verdict with
    all its diagnostics, then a summary by rule.

    Options:
      --profile PROFILE  what to check against (default eu-textile):
                           eu-textile   the textile passport schema; EU textile labelling
                                        (Reg. 1007/2011), ESPR data, certificates and claims,
                                        identifiers, traceability (at least 95% traced)
                           untp         the UNTP Digital Product Passport 0.6.1 structure only
                           us-cashmere  eu-textile plus the US cashmere fineness test
                           FILE         a profile file of your own (the form of
                                        Schemas/profiles/eu-textile.json; its 'schema' is a
                                        built-in schema name or a path relative to the file),
                                        or a plain JSON Schema file (schema only, no rule packs)
      --at DATE          check certificate validity on DATE (YYYY-MM-DD); default today (UTC)
      --format FORMAT    text (default) or json
      -                  read one passport from standard input

    Exit codes: 0 all valid, 1 any invalid, 2 usage error, an unusable profile or an unreadable file.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try ReportFormat(try arguments.option("--format"))
        let date = try CheckDate.parse(try arguments.option("--at"))
        let profileOption = try arguments.option("--profile") ?? "eu-textile"
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give at least one passport file or folder") }

        let (profile, check) = try ProfileLoader.load(profileOption)
        let validator = PassportValidator(check: check, context: CheckContext(date: date, thresholds: profile.thresholds))
        var report = ValidationReport(profile: profile.name)
        for path in paths {
            for file in try InputFiles.expand(path, extensions: ["jsonld"], skippingFolders: ["contexts"]) {
                switch InputFiles.read(file) {
                case .success(let bytes): report.files.append(validator.verdict(for: bytes, path: file))
                case .failure(let diagnostic): report.files.append(.init(path: file, readable: false, diagnostics: [diagnostic]))
                }
            }
        }
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) : report.text)
        if report.hasUnreadable { return .usageOrUnreadable }
        return report.invalidCount == 0 ? .success : .invalid
    }
}

/// Turns `--profile` into a profile and its compiled check: a built-in name or a file.
enum ProfileLoader {
    /// An unusable profile: exit code 2.
    struct Failure: Error, ReportableError {
        let message: String
        var isInputProblem: Bool { true }
    }

    static func load(_ option: String) throws(Failure) -> (ValidationProfile, PassportCheck) {
        do {
            if ValidationProfile.builtInNames.contains(option) {
                let profile = try ValidationProfile.builtIn(option)
                return (profile, try PassportCheck(profile: profile, schemaDocument: try schema(profile.schemaReference, besides: nil)))
            }
            guard FileManager.default.fileExists(atPath: option) else {
                throw Failure(message: "--profile \(option): neither a built-in profile (\(ValidationProfile.builtInNames.joined(separator: ", "))) nor a file")
            }
            let document = try parse(option)
            if document["rulePacks"] == nil, document["$schema"] != nil || document["properties"] != nil {
                // A plain JSON Schema: the schema alone, no rule packs.
                let profile = try ValidationProfile(document: ["name": .string(option), "schema": .string(option), "rulePacks": []])
                return (profile, try PassportCheck(profile: profile, schemaDocument: document))
            }
            let profile = try ValidationProfile(document: document)
            return (profile, try PassportCheck(profile: profile, schemaDocument: try schema(profile.schemaReference, besides: option)))
        } catch let error as Failure {
            throw error
        } catch let error as ProfileError {
            let location = error.pointer.map { " at \($0)" } ?? ""
            throw Failure(message: "--profile \(option)\(location): \(error.message)")
        } catch {
            throw Failure(message: "--profile \(option): \(error)")
        }
    }

    /// The schema `reference` names: a built-in schema, or a file relative to the profile file.
    private static func schema(_ reference: String?, besides profilePath: String?) throws -> JSONValue? {
        guard let reference else { return nil }
        if let bytes = ValidationProfile.embeddedSchema(reference) {
            do { return try JSONParser().parse(bytes) } catch { throw Failure(message: "built-in schema \(reference): \(error.message)") }
        }
        guard let profilePath else { throw Failure(message: "no built-in schema '\(reference)'") }
        let folder = (profilePath as NSString).deletingLastPathComponent
        return try parse(reference.hasPrefix("/") ? reference : (folder as NSString).appendingPathComponent(reference))
    }

    private static func parse(_ path: String) throws(Failure) -> JSONValue {
        switch InputFiles.read(path) {
        case .failure(let diagnostic): throw Failure(message: "\(path): \(diagnostic.message)")
        case .success(let bytes):
            do { return try JSONParser().parse(bytes) } catch {
                throw Failure(message: "\(path):\(error.line):\(error.column): not valid JSON: \(error.message)")
            }
        }
    }
}
