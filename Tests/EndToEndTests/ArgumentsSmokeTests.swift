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

    /// dpp runs itself again with glibc's per-thread cache raised, unless the environment has
    /// tunables of its own (even empty ones), which it leaves as they are; the run again reads its
    /// input as the first would have.
    @Test func theAllocatorIsTunedUnlessTheEnvironmentSaysOtherwise() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["GLIBC_TUNABLES"] = nil
        let tuned = try DPPProcess.run(["version"], environment: environment)
        #expect(tuned.status == 0)
        #expect(tuned.stdout.contains("(GLIBC_TUNABLES=glibc.malloc.tcache_count=256)"), "\(tuned.stdout)")
        for own in ["", "glibc.malloc.mxfast=0"] {
            environment["GLIBC_TUNABLES"] = own
            let untouched = try DPPProcess.run(["version"], environment: environment)
            #expect(untouched.stdout.contains("allocator: as GLIBC_TUNABLES sets it ('\(own)')"), "\(untouched.stdout)")
        }
        environment["GLIBC_TUNABLES"] = nil
        let link = "https://id.gs1.org/01/09521234000358/10/KC-BN-2026-001"
        let piped = try DPPProcess.run(["link", "-"], input: .bytes(Data((link + "\n").utf8)), environment: environment)
        #expect(piped.status == 0 && piped.stdout.contains(link), "\(piped.stdout) \(piped.stderr)")
    }

    /// A base URL no Digital Link can start with is one usage error before any work (it was an
    /// error for every lot, after the whole run), for `dpp generate` and `dpp labels`; one that
    /// can is taken.
    @Test(arguments: [
        ("javascript:alert(1)//", "must be an http(s) URL"), ("https://x.example/a b", "the URI contains ' '"),
        ("https://user:pw@x.example", "is not usable"), ("https://x.example/?q=1", "without query or fragment"),
    ])
    func aBaseURLNoDigitalLinkCanStartWithIsOneUsageError(url: String, message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for command in ["generate", "labels"] {
            let result = try DPPProcess.run([
                command, "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path, "--out",
                folder.path("out"), "--at", "2026-09-01", "--base-url", url,
            ])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.components(separatedBy: message).count == 2, "\(command): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
        }
    }

    @Test func unexpectedArgumentIsAUsageError() throws {
        let result = try DPPProcess.run(["version", "--bogus"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--bogus"))
    }
}
