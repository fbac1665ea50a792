import Foundation
import TestSupport
import Testing

/// Faults while `dpp generate` publishes: killed at any moment, or out of disk space, the output
/// folder is exactly the previous site or exactly the new one, and the next run leaves nothing
/// beside it.
@Suite struct PublishingFaultTests {
    /// The runs killed at random moments: `DPP_KILL_RUNS` (the benchmark script asks for hundreds), else 12.
    static let killedRuns = ProcessInfo.processInfo.environment["DPP_KILL_RUNS"].flatMap(Int.init) ?? 12

    /// `dpp generate` of the demo into `out` at `base`.
    static func generate(_ out: String, base: String) -> [String] {
        [
            "generate", "--catalog", GenerateCommandTests.catalogPath, "--events", GenerateCommandTests.eventsPath, "--out", out, "--at",
            "2026-09-01", "--base-url", base,
        ]
    }

    /// Every file below `folder` by its path, with its bytes; empty when the folder is missing.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// `dpp generate` and `dpp labels` told to publish into a folder of the user's own files
    /// (`--out .` by mistake) stop with exit status 2 before any work, the folder named and left
    /// as it was, nothing beside it; each replaces its own output, and not the other's.
    @Test(arguments: ["generate", "labels"])
    func aFolderDppDidNotPublishIsNotReplaced(command: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("mine/thesis.txt", "years of work")
        let arguments = [
            command, "--catalog", GenerateCommandTests.catalogPath, "--events", GenerateCommandTests.eventsPath, "--out", folder.path("mine"),
            "--at", "2026-09-01",
        ]
        let result = try DPPProcess.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(folder.path("mine") + " is not a folder this command published"), "\(result.stderr)")
        #expect(Self.snapshot(folder.path("mine")) == ["thesis.txt": Data("years of work".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["mine"])
        // Its own previous output is replaced.
        try FileManager.default.removeItem(atPath: folder.path("mine/thesis.txt"))
        #expect(try DPPProcess.run(arguments).status == 0)
        let again = try DPPProcess.run(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        // Labels are not drawn over a site (which has 01/ too), nor a site published over labels.
        let other = command == "generate" ? "labels" : "generate"
        let over = try DPPProcess.run([other] + arguments.dropFirst())
        #expect(over.status == 2, "\(over.stderr)")
        #expect(over.stderr.contains(folder.path("mine") + " is not a folder this command published"), "\(over.stderr)")
    }

    @Test func aRunKilledAtAnyMomentLeavesThePreviousSiteOrTheNewOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let previousBase = "https://old.example.com", newBase = "https://dpp.example.com"
        let previous = folder.path("previous/site"), new = folder.path("new/site")
        let started = Date()
        for (out, base) in [(previous, previousBase), (new, newBase)] {
            let result = try DPPProcess.run(Self.generate(out, base: base))
            try #require(result.status == 0, "\(result.stderr)")
        }
        let runTime = Date().timeIntervalSince(started) / 2
        let previousSite = Self.snapshot(previous), newSite = Self.snapshot(new)
        try #require(!previousSite.isEmpty && previousSite != newSite)

        let parent = folder.path("published"), out = parent + "/site"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        var outcomes: [String: Int] = [:]
        for run in 0..<Self.killedRuns {
            // Each run starts from the previous site; what killed runs left beside it stays, for
            // the next run to clean up.
            if Self.snapshot(out) != previousSite {
                try? FileManager.default.removeItem(atPath: out)
                try FileManager.default.copyItem(atPath: previous, toPath: out)
            }
            let process = Process()
            process.executableURL = DPPProcess.executable
            process.arguments = Self.generate(out, base: newBase)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...(runTime * 1.1)) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = Self.snapshot(out)
            let outcome = site == previousSite ? "previous" : site == newSite ? "new" : "neither"
            #expect(outcome != "neither", "run \(run): killed after the swap began, the folder holds \(site.count) files")
            outcomes[outcome, default: 0] += 1
        }
        print("killed runs: \(outcomes.sorted { $0.key < $1.key }.map { "\($0.value) left the \($0.key) site" }.joined(separator: ", "))")
        let final = try DPPProcess.run(Self.generate(out, base: newBase))
        #expect(final.status == 0, "\(final.stderr)")
        #expect(Self.snapshot(out) == newSite)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["site"])
    }

    @Test(.enabled(if: SmallDisk.canMount, "the full-disk case needs to mount a small tmpfs (root or CAP_SYS_ADMIN)"))
    func aFullDiskIsAClearErrorAndThePreviousSiteStays() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let reference = folder.path("reference/site")
        try #require(try DPPProcess.run(Self.generate(reference, base: "https://dpp.example.com")).status == 0)
        let size = Self.snapshot(reference).values.map(\.count).reduce(0, +)
        // Room for the previous site and half of a new one.
        let disk = folder.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try SmallDisk.mount(at: disk, size: size * 3 / 2 + 65536)
        defer { SmallDisk.unmount(disk) }
        let out = disk + "/site"
        try FileManager.default.copyItem(atPath: reference, toPath: out)
        let previousSite = Self.snapshot(out)
        let result = try DPPProcess.run(Self.generate(out, base: "https://other.example.com"))
        #expect(result.status != 0)
        #expect(result.status != 1, "exit 1 is for invalid passports, not for a disk that is full")
        #expect(result.stderr.lowercased().contains("space"), "\(result.stderr)")
        #expect(result.stderr.contains(disk), "the message names where it could not write: \(result.stderr)")
        #expect(Self.snapshot(out) == previousSite)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).filter { $0 != "lost+found" } == ["site"])
    }
}
