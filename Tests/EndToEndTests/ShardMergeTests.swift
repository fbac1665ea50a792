import Foundation
import TestSupport
import Testing

/// `dpp generate --shard K/N` and `dpp site merge`: parts published apart, joined into the site
/// one run would publish, with nothing rendered or signed again.
@Suite struct ShardMergeTests {
    static let lots = GenerateCommandTests.expectedFolders

    /// The part of `count` each demo lot belongs to, computed apart from dpp: FNV-1a 64 in Python.
    static func expectedParts(of count: Int = 3) throws -> [String: Int] {
        let script = """
            import sys
            for lot in sys.argv[2:]:
                h = 0xcbf29ce484222325
                for b in lot.encode():
                    h = ((h ^ b) * 0x100000001b3) % 2**64
                print(h % int(sys.argv[1]) + 1)
            """
        let links = lots.map { "https://id.gs1.org/" + $0 }
        let output = try OutsideTool.run("python3", ["-c", script, "\(count)"] + links)
        let parts = output.stdout.split(separator: "\n").compactMap { Int($0) }
        #expect(parts.count == lots.count)
        return Dictionary(uniqueKeysWithValues: zip(lots, parts))
    }

    @Test func threeShardsMergedAreTheSiteOneRunPublishes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["keys", "new", "--did", "did:web:dpp.example.com:khangai-cashmere", "--out", folder.path("keys")]).status == 0)
        let key = folder.path("keys/" + (folder.files(under: "keys").first { $0.hasSuffix(".pem") } ?? ""))
        let inputs = [
            "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path, "--at", "2026-09-01",
            "--key", key,
        ]
        let parts = try Self.expectedParts()
        for part in 1...3 {
            let result = try DPPProcess.run(["generate"] + inputs + ["--out", folder.path("shard\(part)"), "--shard", "\(part)/3"])
            #expect(result.status == 0, "\(result.stderr)")
            let published = Set(folder.files(under: "shard\(part)").filter { $0.hasSuffix("/passport.jsonld") }.map { String($0.dropLast(16)) })
            #expect(published == Set(Self.lots.filter { parts[$0] == part }), "shard \(part)")
        }
        let merge = try DPPProcess.run(
            ["site", "merge", folder.path("shard1"), folder.path("shard2"), folder.path("shard3")] + inputs + ["--out", folder.path("merged")])
        #expect(merge.status == 0, "\(merge.stderr)")
        // Every passport and event came from a shard: nothing was rendered or signed again.
        #expect(
            merge.stderr.contains("reused as they were: 6 of 6 passport(s), 41 traceability event(s); 6 passport check(s) as recorded"),
            "\(merge.stderr)")
        #expect(try DPPProcess.run(["generate"] + inputs + ["--out", folder.path("whole")]).status == 0)
        let files = folder.files(under: "whole")
        #expect(folder.files(under: "merged") == files)
        for file in files where file != "report.json" {
            #expect(
                FileManager.default.contents(atPath: folder.path("merged/" + file))
                    == FileManager.default.contents(atPath: folder.path("whole/" + file)),
                "\(file)")
        }
        #expect(try DPPProcess.run(["verify", folder.path("merged"), "--at", "2026-09-01"]).status == 0)
    }

    @Test func aShardWithoutLotsPublishesAnEmptyPart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Six lots in a thousand parts: most parts hold none.
        let held = Set(try Self.expectedParts(of: 1000).values)
        let empty = try #require((1...1000).first { !held.contains($0) })
        let result = try DPPProcess.run([
            "generate", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
            "--at", "2026-09-01", "--out", folder.path("part"), "--shard", "\(empty)/1000",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Published 0 passport(s)"), "\(result.stderr)")
        #expect(folder.files(under: "part").filter { $0.hasSuffix("/passport.jsonld") }.isEmpty)
        #expect(folder.files(under: "part").contains("index.html"))
    }

    @Test(arguments: [
        (["site", "merge"], "name the shard sites to merge"),
        (["site", "join", "x"], "unknown subcommand 'join'; use merge"),
        (["site", "merge", "/"], "/ is not a site dpp generate published"),
    ])
    func aMergeWithoutPublishedShardsIsAUsageError(_ words: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run(
            words + [
                "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path, "--out",
                folder.path("site"),
            ])
        #expect(result.status == 2 && result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test(arguments: ["0/3", "4/3", "x", "1/0"])
    func aWrongShardIsAUsageError(_ shard: String) throws {
        let result = try DPPProcess.run([
            "generate", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
            "--out", "/nonexistent/site", "--shard", shard,
        ])
        #expect(result.status == 2 && result.stderr.contains("--shard must be K/N"), "\(result.stderr)")
    }
}
