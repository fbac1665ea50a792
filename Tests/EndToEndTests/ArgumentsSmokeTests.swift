import Foundation
import TestSupport
import Testing

/// Runs the built `dpp` binary the way a user would.
@Suite struct CommandLineTests {
    @Test func unknownCommandExitsTwo() throws {
        let result = try DPPProcess.run(["no-such-command"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command 'no-such-command'"))
    }

    @Test func versionPrintsAndSucceeds() throws {
        let result = try DPPProcess.run(["version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("dpp "))
    }

    @Test func unexpectedArgumentIsAUsageError() throws {
        let result = try DPPProcess.run(["version", "--bogus"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--bogus"))
    }
}
