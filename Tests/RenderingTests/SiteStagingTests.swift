import Foundation
import Rendering
import Synchronization
import TestSupport
import Testing

@Suite struct SiteStagingTests {
    /// Stages `files` for `folder` and swaps them in.
    static func publish(_ files: [([String], String)], to folder: URL) throws {
        let staging = try SiteStaging(publishing: folder, replacing: .anyFolder)
        for (path, text) in files { try staging.write(SiteFile(path: path, text: text)) }
        try staging.commit()
    }

    static func contents(of folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) {
                result[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        return result
    }

    /// Process ids no process can have, for the leftovers of killed runs: Linux assigns ids
    /// below `pid_max`, so `pid_max` and the ids above it are never running. (A fixed id such
    /// as 4242 may belong to a live process on a busy machine, whose folder is rightly kept.)
    static func idsOfNoProcess() throws -> (Int32, Int32) {
        let text = try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)
        let limit = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        for id in [limit, limit + 1] {
            #expect(kill(id, 0) == -1 && errno == ESRCH, "process \(id) should not exist")
        }
        return (limit, limit + 1)
    }

    @Test func aNewSiteReplacesTheOldOneWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        try Self.publish([(["a", "old.txt"], "old")], to: out)
        try Self.publish([(["b", "new.txt"], "new")], to: out)
        #expect(Self.contents(of: out) == ["b/new.txt": "new"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    /// Publishing for a previous output marked by `marker`: a missing or empty folder, or one
    /// holding the marker, is replaced; a folder with other entries, or a file, is refused before
    /// anything is staged, and left as it was with nothing beside it. Any folder may be replaced
    /// when the caller says so.
    @Test func onlyAFolderThatIsEmptyOrAPreviousOutputIsReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let replacing = SiteStaging.Replacing.previousOutput(marker: "report.json")
        func publish(_ name: String, _ replacing: SiteStaging.Replacing) throws {
            let staging = try SiteStaging(publishing: folder.url.appendingPathComponent(name), replacing: replacing)
            try staging.write(SiteFile(path: ["report.json"], text: "new"))
            try staging.commit()
        }
        try publish("missing", replacing)
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: false)
        try publish("empty", replacing)
        try folder.write("previous/report.json", "old")
        try folder.write("previous/a/page.html", "old")
        try publish("previous", replacing)
        for name in ["missing", "empty", "previous"] { #expect(Self.contents(of: folder.file(name)) == ["report.json": "new"], "\(name)") }
        try folder.write("mine/notes.txt", "mine")
        try folder.write("mine/.hidden", "mine")
        #expect {
            try publish("mine", replacing)
        } throws: { error in
            "\(error)".contains("is not a folder this command published (it holds 2 entries and no report.json)")
        }
        #expect(Self.contents(of: folder.file("mine")) == ["notes.txt": "mine", ".hidden": "mine"])
        // A folder of another command's output, holding the marker and more than this command writes.
        try folder.write("site/01/x/passport.jsonld", "{}")
        try folder.write("site/report.json", "{}")
        #expect {
            try publish("site", .previousOutput(marker: "01", names: ["01", "labels"]))
        } throws: { error in
            "\(error)".contains("is not a folder this command published (it also holds report.json, which this command does not write)")
        }
        try publish("site", .previousOutput(marker: "01", names: ["01", "labels", "report.json"]))
        try folder.write("file", "mine")
        #expect {
            try publish("file", .anyFolder)
        } throws: { error in
            "\(error)".contains("exists and is not a folder")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["empty", "file", "mine", "missing", "previous", "site"])
        try publish("mine", .anyFolder)
        #expect(Self.contents(of: folder.file("mine")) == ["report.json": "new"])
    }

    @Test func aReusedFileIsTheSameFileAndWritingOverItNeverChangesThePublishedOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("site")
        try Self.publish([(["a", "kept.txt"], "kept"), (["a", "changed.txt"], "before")], to: out)
        let staging = try SiteStaging(publishing: out, replacing: .anyFolder)
        #expect(try staging.reuse("a/kept.txt"))
        #expect(try staging.reuse("a/changed.txt"))
        #expect(try !staging.reuse("a/missing.txt"))
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("a/link.txt").path, withDestinationPath: "/etc/hostname")
        #expect(try !staging.reuse("a/link.txt"), "a symbolic link is never reused")
        try staging.write(SiteFile(path: ["a", "changed.txt"], text: "after"))
        // Until the swap, the published site is untouched, the file written over included.
        try FileManager.default.removeItem(at: out.appendingPathComponent("a/link.txt"))
        #expect(Self.contents(of: out) == ["a/kept.txt": "kept", "a/changed.txt": "before"])
        let keptBefore = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("a/kept.txt").path)[.systemFileNumber]
        try staging.commit()
        #expect(Self.contents(of: out) == ["a/kept.txt": "kept", "a/changed.txt": "after"])
        let keptAfter = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("a/kept.txt").path)[.systemFileNumber]
        #expect(keptBefore as? UInt64 == keptAfter as? UInt64)
    }

    /// The inode of the file at `relative` below `folder`.
    static func inode(_ folder: URL, _ relative: String) throws -> UInt64? {
        try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(relative).path)[.systemFileNumber] as? UInt64
    }

    @Test func aFileWrittenUnlessUnchangedIsLinkedOnlyWhenItsBytesAreThePublishedOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("site")
        try Self.publish(
            [(["same.txt"], "same"), (["a", "sameSize.txt"], "abcd"), (["a", "longer.txt"], "abc"), (["a", "prefix.txt"], "abcdef")],
            to: out)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("link.txt").path, withDestinationPath: "same.txt")
        let before = try ["same.txt", "a/sameSize.txt", "a/longer.txt", "a/prefix.txt"].map { try Self.inode(out, $0) }
        let staging = try SiteStaging(publishing: out, replacing: .anyFolder)
        for (path, text) in [
            (["same.txt"], "same"), (["a", "sameSize.txt"], "abce"), (["a", "longer.txt"], "abcd"), (["a", "prefix.txt"], "abc"),
            (["link.txt"], "same"), (["new.txt"], "new"),
        ] {
            try staging.writeUnlessUnchanged(SiteFile(path: path, text: text))
        }
        #expect(throws: SiteStaging.Failure.self) { try staging.writeUnlessUnchanged(SiteFile(path: ["..", "same.txt"], text: "same")) }
        try staging.commit()
        #expect(
            Self.contents(of: out) == [
                "same.txt": "same", "a/sameSize.txt": "abce", "a/longer.txt": "abcd", "a/prefix.txt": "abc", "link.txt": "same",
                "new.txt": "new",
            ])
        let after = try ["same.txt", "a/sameSize.txt", "a/longer.txt", "a/prefix.txt"].map { try Self.inode(out, $0) }
        // Only the unchanged file is the published one itself; the symbolic link became a file.
        #expect(after[0] == before[0] && after[1] != before[1] && after[2] != before[2] && after[3] != before[3])
        let link = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("link.txt").path)
        #expect(link[.type] as? FileAttributeType == .typeRegular)
    }

    @Test(arguments: [[".."], ["a", "..", "b"], ["a/b"], [""], ["."], ["x\u{0}y"]])
    func anUnsafePathIsRefusedAndThePreviousSiteStays(path: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        try Self.publish([(["index.html"], "v1")], to: out)
        #expect(throws: SiteStaging.Failure.self) {
            try Self.publish([(["index.html"], "v2"), (path + ["evil.txt"], "x")], to: out)
        }
        #expect(Self.contents(of: out) == ["index.html": "v1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    /// A published site's manifest names the files to reuse as paths: one that could leave the
    /// folders (a damaged or planted manifest) is refused, nothing linked from outside the site.
    @Test(arguments: ["../outside.txt", "a/../../outside.txt", "a//kept.txt", "./a/kept.txt", "", "a/", "/a/kept.txt", "a/\u{0}.txt"])
    func anUnsafePathToReuseIsRefused(path: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("site")
        try Data("outside".utf8).write(to: folder.url.appendingPathComponent("outside.txt"))
        try Self.publish([(["a", "kept.txt"], "kept")], to: out)
        let staging = try SiteStaging(publishing: out, replacing: .anyFolder)
        #expect(throws: SiteStaging.Failure.self) { try staging.reuse(path) }
        #expect(try staging.reuse("a/kept.txt"))
        try staging.commit()
        #expect(Self.contents(of: out) == ["a/kept.txt": "kept"])
    }

    @Test func aRunKilledMidwayIsRecoveredByTheNext() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        let (killed, _) = try Self.idsOfNoProcess()
        // What a kill between the two renames leaves: the old site moved aside, a staging folder.
        let previous = root.appendingPathComponent(".site.previous-\(killed)")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: previous.appendingPathComponent("index.html"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".site.staging-\(killed)"), withIntermediateDirectories: true)
        #expect(throws: SiteStaging.Failure.self) {
            try Self.publish([([".."], "x")], to: out)
        }
        #expect(Self.contents(of: out) == ["index.html": "old"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    @Test func aStagingDroppedOrDiscardedLeavesThePreviousSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        try Self.publish([(["index.html"], "v1")], to: out)
        do {
            let staging = try SiteStaging(publishing: out, replacing: .anyFolder)
            try staging.write(SiteFile(path: ["index.html"], text: "v2"))
        }
        let discarded = try SiteStaging(publishing: out, replacing: .anyFolder)
        try discarded.write(SiteFile(path: ["index.html"], text: "v3"))
        discarded.discard()
        #expect(Self.contents(of: out) == ["index.html": "v1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    @Test func filesWrittenFromSeveralThreadsAllArrive() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        let staging = try SiteStaging(publishing: out, replacing: .anyFolder)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            try! staging.write(SiteFile(path: ["01", "lot-\(index % 20)", "file-\(index).txt"], text: "\(index)"))
        }
        try staging.commit()
        let contents = Self.contents(of: out).filter { $0.key.hasSuffix(".txt") }
        #expect(contents.count == 200)
        #expect(contents["01/lot-7/file-107.txt"] == "107")
    }

    @Test func aLaterFileAtTheSamePathReplacesTheEarlierOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        try Self.publish([(["a", "x.txt"], "first"), (["a", "x.txt"], "second")], to: out)
        #expect(Self.contents(of: out) == ["a/x.txt": "second"])
    }

    /// A run killed while removing the previous site after the swap leaves it at its staging
    /// path (or, from the rename fallback, at a `previous` path beside the site): the next run
    /// removes both, and keeps the staging folder of a process that still runs (PID 1).
    @Test func whatARunKilledAfterTheSwapLeftIsRemovedByTheNext() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        try Self.publish([(["index.html"], "v1")], to: out)
        let (killed, alsoKilled) = try Self.idsOfNoProcess()
        for name in [".site.previous-\(killed)", ".site.staging-\(alsoKilled)", ".site.staging-1"] {
            let leftover = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
            try Data("old".utf8).write(to: leftover.appendingPathComponent("index.html"))
        }
        try Self.publish([(["index.html"], "v2")], to: out)
        #expect(Self.contents(of: out) == ["index.html": "v2"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".site.staging-1", "site"])
    }

    /// While sites are swapped in one after the other, a reader finds a whole site at the path
    /// every time it looks: never no folder, never a folder without its index.
    @Test func aReaderNeverFindsTheSiteMissingDuringSwaps() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("site")
        try Self.publish([(["index.html"], "v0")], to: out)
        let done = Atomic<Bool>(false)
        let misses = Atomic<Int>(0)
        let looks = Atomic<Int>(0)
        let reader = Thread {
            let index = out.appendingPathComponent("index.html").path
            while !done.load(ordering: .relaxed) {
                if !FileManager.default.fileExists(atPath: index) { misses.add(1, ordering: .relaxed) }
                looks.add(1, ordering: .relaxed)
            }
        }
        reader.start()
        for version in 1...200 { try Self.publish([(["index.html"], "v\(version)"), (["a", "b.txt"], "\(version)")], to: out) }
        done.store(true, ordering: .relaxed)
        while !reader.isFinished { usleep(1000) }
        #expect(looks.load(ordering: .relaxed) > 0)
        #expect(misses.load(ordering: .relaxed) == 0)
        #expect(Self.contents(of: out) == ["index.html": "v200", "a/b.txt": "200"])
    }
}
