import Foundation
import Testing

@testable import TestSupport

/// The reference-file helper: silent on a match, a diff on a mismatch, and a recording run that fails.
@Suite struct ExpectedFilesTests {
    @Test func aMatchPasses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("page.html", "<p>\nsame\n</p>\n")
        let files = ExpectedFiles(folder: folder.url, isRecording: false)
        #expect(try files.failure(comparing: "<p>\nsame\n</p>\n", withFile: "page.html") == nil)
    }

    @Test func aMismatchFailsWithTheLineDiffAndLeavesTheFileAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("page.html", "<p>\nold\n</p>")
        let files = ExpectedFiles(folder: folder.url, isRecording: false)
        let expected = """
            The output differs from \(folder.path("page.html")), - expected, + actual:
            @@ -1,3 +1,3 @@
            1 1   <p>
            2   - old
              2 + new
            3 3   </p>
            If the change is intended, run the tests with DPP_RECORD_EXPECTED=1 and review the change with `git diff \(folder.url.path)`.
            """
        #expect(try files.failure(comparing: "<p>\nnew\n</p>", withFile: "page.html") == expected)
        #expect(try String(contentsOf: folder.file("page.html"), encoding: .utf8) == "<p>\nold\n</p>")
    }

    @Test func aMissingFileFailsAndIsNotRecorded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let failure = try ExpectedFiles(folder: folder.url, isRecording: false).failure(comparing: "text", withFile: "absent.txt")
        #expect(failure?.hasPrefix("\(folder.path("absent.txt")) does not exist: run the tests with DPP_RECORD_EXPECTED=1 to record it") == true)
        #expect(folder.files().isEmpty)
    }

    @Test(arguments: [
        (nil, "a new file", ""),
        ("now", "unchanged", ""),
        ("before", "changed", "\n- before, + now:\n@@ -1,1 +1,1 @@\n1   - before\n  1 + now"),
    ])
    func recordingWritesTheFileAndFailsSayingWhatToReview(previous: String?, change: String, diff: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        if let previous { try folder.write("out.txt", previous) }
        let failure = try ExpectedFiles(folder: folder.url, isRecording: true).failure(comparing: "now", withFile: "out.txt")
        let expected = """
            Recorded \(folder.path("out.txt")) (\(change)) because DPP_RECORD_EXPECTED=1: review the change with \
            `git diff \(folder.url.path)`, then run the tests again without DPP_RECORD_EXPECTED.\(diff)
            """
        #expect(failure == expected)
        #expect(try String(contentsOf: folder.file("out.txt"), encoding: .utf8) == "now")
    }

    @Test func aRecordingRunRecordsAnIssue() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try withKnownIssue("recording always fails, so that it is never taken for a pass") {
            try ExpectedFiles(folder: folder.url, isRecording: true).expect("now", equalsFile: "out.txt")
        } matching: { issue in
            issue.comments.contains { $0.rawValue.hasPrefix("Recorded \(folder.path("out.txt")) (a new file)") }
        }
    }

    @Test func filesInThePackageAreNamedFromItsRoot() {
        #expect(ExpectedFiles.shown(PackageFolders.expectedFiles.appendingPathComponent("index.html")) == "Fixtures/expected/index.html")
        #expect(ExpectedFiles.shown(URL(fileURLWithPath: "/elsewhere/x.txt")) == "/elsewhere/x.txt")
    }
}
