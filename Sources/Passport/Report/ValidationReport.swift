import Diagnostics
import JSONCore

/// The verdicts of a validation run: each file with all its diagnostics, and a summary.
///
/// `dpp verify` and `dpp migrate` report in the same shape, in their own words (``Wording``).
public struct ValidationReport: Sendable {
    /// The words the text gives the verdicts; the JSON is the same for both.
    public enum Wording: Sendable {
        /// `valid` and `invalid` files (`dpp validate`).
        case validation
        /// `verified` and `not verified` credentials (`dpp verify`).
        case verification
        /// `migrated` and `not migrated` files (`dpp migrate`).
        case migration
    }

    /// One file's verdict.
    public struct FileVerdict: Sendable {
        public var path: String
        public var diagnostics: [Diagnostic]

        public init(path: String, diagnostics: [Diagnostic]) {
            self.path = path
            self.diagnostics = diagnostics
        }

        /// Whether the file could be read and parsed at all: no error of an unreadable or malformed kind.
        public var readable: Bool { !diagnostics.contains { $0.severity == .error && $0.kind != .finding } }

        /// Valid: readable and without errors (warnings and notes allowed).
        public var isValid: Bool { readable && !diagnostics.hasErrors }
    }

    public var files: [FileVerdict]
    /// The name of the profile the files were checked against, if any.
    public var profile: String?
    /// The words of the text.
    public var wording: Wording

    public init(files: [FileVerdict] = [], profile: String? = nil, wording: Wording = .validation) {
        self.files = files
        self.profile = profile
        self.wording = wording
    }

    public var validCount: Int { files.filter(\.isValid).count }
    public var invalidCount: Int { files.count - validCount }
    public var hasUnreadable: Bool { files.contains { !$0.readable } }

    /// How many diagnostics of `severity` each rule raised, sorted by rule id.
    public func counts(of severity: Diagnostic.Severity) -> [(ruleID: String, count: Int)] {
        var counts: [String: Int] = [:]
        for file in files { for diagnostic in file.diagnostics where diagnostic.severity == severity { counts[diagnostic.ruleID, default: 0] += 1 } }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The report as JSON: `files` with their diagnostics, then `summary`.
    public var json: JSONValue {
        ["files": .array(files.map(Self.json(of:))), "summary": .object(summary)]
    }

    /// ``json`` as pretty text (`JSONWriter(pretty: true)`), in pieces of about a megabyte made
    /// as they are asked for: one file's verdict at a time becomes JSON, never the whole report.
    public var prettyJSONPieces: JSONWriter.ObjectPieces<some IteratorProtocol<JSONValue>> {
        JSONWriter(pretty: true).objectPieces(array: "files", of: files.lazy.map(Self.json(of:)), then: ["summary": .object(summary)])
    }

    /// The verdict of `file` in the report's JSON.
    private static func json(of file: FileVerdict) -> JSONValue {
        [
            "path": .string(file.path),
            "valid": .bool(file.isValid),
            "readable": .bool(file.readable),
            "diagnostics": .array(file.diagnostics.map(\.json)),
        ]
    }

    /// The summary in the report's JSON: the files, valid and invalid, and the counts of each rule's errors and warnings.
    private var summary: JSONObject {
        func countObject(_ severity: Diagnostic.Severity) -> JSONValue {
            .object(JSONObject(counts(of: severity).map { ($0.ruleID, .number(JSONNumber($0.count))) }))
        }
        var summary: JSONObject = [:]
        if let profile { summary["profile"] = .string(profile) }
        summary["files"] = .number(JSONNumber(files.count))
        summary["valid"] = .number(JSONNumber(validCount))
        summary["invalid"] = .number(JSONNumber(invalidCount))
        summary["errors"] = countObject(.error)
        summary["warnings"] = countObject(.warning)
        return summary
    }

    /// The report as text: each file's verdict and diagnostics, then a summary.
    public var text: String {
        let (noun, valid, invalid) =
            switch wording {
            case .validation: ("file", "valid", "invalid")
            case .verification: ("credential", "verified", "not verified")
            case .migration: ("file", "migrated", "not migrated")
            }
        var text = ""
        for file in files {
            text += "\(file.path): \(file.isValid ? valid : file.readable ? invalid : "unreadable")\n"
            for diagnostic in file.diagnostics { text += "  \(diagnostic)\n" }
        }
        let checked = profile.map { " checked against profile \($0)" } ?? ""
        text += "\n\(files.count) \(noun)(s)\(checked): \(validCount) \(valid), \(invalidCount) \(invalid)\n"
        for (label, severity) in [("Errors", Diagnostic.Severity.error), ("Warnings", .warning)] {
            let counts = counts(of: severity)
            guard !counts.isEmpty else { continue }
            text += "\(label) by rule:\n"
            for (rule, count) in counts { text += "  \(rule): \(count)\n" }
        }
        return text
    }
}
