import Foundation
import TestSupport
import Testing

/// The process runner: both output streams and standard input at once, without blocking.
@Suite struct ChildProcessTests {
    @Test func aMegabyteThroughStandardInputComesBackWhileStandardErrorIsRead() throws {
        let input = Data((0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
        let result = try ChildProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "cat; echo done >&2; exit 3"], input: .bytes(input))
        #expect(result.status == 3)
        #expect(result.standardOutput == input)
        #expect(result.stderr == "done\n")
    }

    @Test func aFileCanBeStandardInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("input.txt", "from a file")
        let result = try ChildProcess.run(URL(fileURLWithPath: "/bin/cat"), [], input: .file(folder.file("input.txt")))
        #expect(result.status == 0)
        #expect(result.stdout == "from a file")
    }

    @Test func aProgramMissingFromThePathIsReportedAsSuch() {
        #expect(!OutsideTool.isInstalled("no-such-program-dpp"))
        #expect(throws: OutsideTool.NotInstalled.self) { try OutsideTool.run("no-such-program-dpp", []) }
    }
}
