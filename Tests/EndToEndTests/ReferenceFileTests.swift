import Foundation
import Testing

/// Whole outputs of `dpp demo` compared with the reference files committed in
/// `Fixtures/expected/`. On a mismatch the test prints a line diff; to accept a deliberate
/// change, run the tests with `DPP_RECORD_EXPECTED=1` and review the files' diff before committing.
@Suite struct ReferenceFileTests {
    static let expected = DPPProcess.packageRoot.appendingPathComponent("Fixtures/expected")
    static let recording = ProcessInfo.processInfo.environment["DPP_RECORD_EXPECTED"] == "1"

    /// The beanie's lot covers the most: two components, four origins (one from China),
    /// four certificates, fibre tests in the journey.
    static let files = [
        "01/09521234000358/10/KC-BN-2026-001/passport.jsonld",
        "01/09521234000358/10/KC-BN-2026-001/index.html",
        "01/09521234000358/10/KC-BN-2026-001/index.de.html",
        "index.html",
    ]

    @Test(arguments: files)
    func demoOutputEqualsTheReferenceFile(_ file: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        let actual = try String(contentsOfFile: folder.path("site/" + file), encoding: .utf8)
        let reference = Self.expected.appendingPathComponent(file.replacingOccurrences(of: "/", with: "_"))
        if Self.recording {
            try Data(actual.utf8).write(to: reference)
            return
        }
        let expected = try String(contentsOf: reference, encoding: .utf8)
        if actual != expected {
            Issue.record("\(file) differs from Fixtures/expected/\(reference.lastPathComponent):\n\(Self.lineDiff(expected, actual))")
        }
    }

    /// The lines that differ, `-` expected and `+` actual, with their line numbers.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(old.count, new.count) where diff.count < 40 {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            if let before { diff.append("\(index + 1)- \(before.prefix(200))") }
            if let after { diff.append("\(index + 1)+ \(after.prefix(200))") }
        }
        return diff.joined(separator: "\n")
    }
}
