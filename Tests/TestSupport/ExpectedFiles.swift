import Foundation
import Testing

/// Whole outputs compared with expected files committed in the package (`Fixtures/expected/`),
/// the way swift-snapshot-testing compares snapshots: a line diff on a mismatch, and a recording
/// run (`DPP_RECORD_EXPECTED=1`) that writes the files and fails, so that it is never taken for a pass.
public struct ExpectedFiles: Sendable {
    /// The environment variable that, set to `1`, records the outputs as the expected files.
    public static let recordVariable = "DPP_RECORD_EXPECTED"

    /// Where the expected files are.
    public let folder: URL
    /// Whether outputs are written to the expected files instead of compared with them.
    public let isRecording: Bool

    /// Expected files in `folder`, recorded when `isRecording` (by default, when `DPP_RECORD_EXPECTED=1`).
    public init(
        folder: URL = PackageFolders.expectedFiles,
        isRecording: Bool = ProcessInfo.processInfo.environment[ExpectedFiles.recordVariable] == "1"
    ) {
        self.folder = folder
        self.isRecording = isRecording
    }

    /// Expects `actual` to equal the expected file `name`, recording an issue with a line diff
    /// when it does not. When recording, writes `actual` to the file, then records an issue that
    /// says what was recorded and how to review it.
    public func expect(_ actual: String, equalsFile name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let failure = try failure(comparing: actual, withFile: name) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    /// Why `actual` fails against the expected file `name`, or `nil` when it equals it. When
    /// recording, writes `actual` to the file first and always fails, saying what was recorded.
    public func failure(comparing actual: String, withFile name: String) throws -> String? {
        let file = folder.appendingPathComponent(name)
        let expected = FileManager.default.fileExists(atPath: file.path) ? try String(contentsOf: file, encoding: .utf8) : nil
        let review = "review the change with `git diff \(Self.shown(folder))`"
        if isRecording {
            try Data(actual.utf8).write(to: file)
            let (change, diff) = Self.recordedChange(from: expected, to: actual)
            return """
                Recorded \(Self.shown(file)) (\(change)) because \(Self.recordVariable)=1: \(review), \
                then run the tests again without \(Self.recordVariable).\(diff)
                """
        }
        guard let expected else {
            return "\(Self.shown(file)) does not exist: run the tests with \(Self.recordVariable)=1 to record it, and \(review)."
        }
        guard actual != expected else { return nil }
        return """
            The output differs from \(Self.shown(file)), - expected, + actual:
            \(LineDiff(from: expected, to: actual).formatted())
            If the change is intended, run the tests with \(Self.recordVariable)=1 and \(review).
            """
    }

    /// What recording did to a file that held `previous`: made it, left it unchanged, or changed
    /// it (with the diff).
    static func recordedChange(from previous: String?, to recorded: String) -> (change: String, diff: String) {
        switch previous {
        case nil: ("a new file", "")
        case recorded: ("unchanged", "")
        case let previous?: ("changed", "\n- before, + now:\n" + LineDiff(from: previous, to: recorded).formatted())
        }
    }

    /// The path of `url` relative to the package root when it is inside it, else the whole path.
    static func shown(_ url: URL) -> String {
        let root = PackageFolders.root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
