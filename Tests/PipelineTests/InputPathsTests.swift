import Foundation
import Pipeline
import TestSupport
import Testing

/// Folders named on the command line become the matching files below them.
@Suite struct InputPathsTests {
    /// A folder with nested, hidden and skipped folders, a link to a folder and a link to a file:
    /// the matching files below it, sorted, hidden files kept, hidden and skipped folders and the
    /// linked folder left out (worked out by hand from the layout); a trailing slash changes nothing.
    @Test func foldersBecomeTheMatchingFilesBelowThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in [
            "b.jsonld", "a/c.jsonld", "a/deep/d.jsonld", "a/deep/e.json", ".f.jsonld", ".hidden/g.jsonld", "contexts/h.jsonld",
            "a/contexts/i.jsonld", "elsewhere/j.jsonld",
        ] {
            try folder.write(name, "{}")
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path("linked"), withDestinationPath: folder.path("elsewhere"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("k.jsonld"), withDestinationPath: folder.path("b.jsonld"))
        let root = folder.url.path
        let expected = [".f.jsonld", "a/c.jsonld", "a/deep/d.jsonld", "b.jsonld", "elsewhere/j.jsonld", "k.jsonld"].map { root + "/" + $0 }
        #expect(try InputPaths.expand([root], extensions: ["jsonld"], skippingFolders: ["contexts"]) == expected)
        #expect(try InputPaths.expand([root + "/"], extensions: ["jsonld"], skippingFolders: ["contexts"]) == expected)
        #expect(try InputPaths.expand([folder.path("a")], extensions: ["json"]) == [root + "/a/deep/e.json"])
        // A file named as itself, whatever its extension.
        #expect(try InputPaths.expand([folder.path("a/deep/e.json")], extensions: ["jsonld"]) == [folder.path("a/deep/e.json")])
        // Matching by components: the path inside the folder.
        #expect(
            try InputPaths.expand([root]) { $0.count == 3 } == ["a/contexts/i.jsonld", "a/deep/d.jsonld", "a/deep/e.json"].map { root + "/" + $0 })
    }

    /// A named pipe below a folder, or a link to one, that the folder's files would include is
    /// refused, naming it (reading it would wait for a writer that never comes); one the
    /// extensions leave out is not looked at, and a link to nothing is listed for opening it to
    /// report.
    @Test func aNamedPipeBelowAFolderIsRefusedNotWaitedOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.jsonld", "{}")
        #expect(mkfifo(folder.path("pipe.txt"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.path("gone.jsonld"), withDestinationPath: folder.path("missing"))
        let root = folder.url.path
        #expect(try InputPaths.expand([root], extensions: ["jsonld"]) == [root + "/a.jsonld", root + "/gone.jsonld"])
        func refusal(_ paths: [String]) -> String? {
            do {
                _ = try InputPaths.expand(paths, extensions: ["jsonld"])
                return nil
            } catch { return error.message }
        }
        try FileManager.default.createDirectory(atPath: folder.path("b"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("b/linked.jsonld"), withDestinationPath: folder.path("pipe.txt"))
        #expect(refusal([root])?.hasPrefix(root + "/b/linked.jsonld is a named pipe, not a regular file") == true, "\(refusal([root]) ?? "")")
        try FileManager.default.removeItem(atPath: folder.path("b/linked.jsonld"))
        #expect(mkfifo(folder.path("b/c.jsonld"), 0o600) == 0)
        #expect(refusal([root])?.hasPrefix(root + "/b/c.jsonld is a named pipe, not a regular file") == true)
        // Given by its own path, a pipe is a stream the caller reads.
        #expect(try InputPaths.expand([folder.path("b/c.jsonld")], extensions: ["jsonld"]) == [folder.path("b/c.jsonld")])
    }

    /// A catalogue given as a folder of CSV files, one of them a named pipe: `dpp catalog
    /// convert` ends at once with exit status 2 and the pipe named, and writes nothing.
    @Test func aCatalogueFolderWithANamedPipeEndsWithAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("catalog/fibres.csv", "key\n")
        let stderr = try Self.refusal(
            of: folder.path("catalog/products.csv"), ["catalog", "convert", folder.path("catalog"), "--out", folder.path("out.json")])
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.json")), "\(stderr)")
    }

    /// `dpp validate` of a folder holding a named pipe ends at once with exit status 2, the pipe
    /// named and no report.
    @Test func validatingAFolderWithANamedPipeEndsWithAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("passports/a.jsonld", "{}")
        _ = try Self.refusal(of: folder.path("passports/b.jsonld"), ["validate", folder.path("passports"), "--at", "2026-09-01"])
    }

    /// Makes a named pipe at `pipe`, runs `dpp arguments`, expects exit status 2, the pipe named
    /// as not a regular file and nothing on standard output, and returns standard error. Under
    /// `timeout -s KILL`, so that a wait fails the test rather than hangs it (the test process
    /// may block SIGTERM for its children).
    private static func refusal(of pipe: String, _ arguments: [String]) throws -> String {
        try #require(OutsideTool.isInstalled("timeout"), "coreutils' timeout")
        #expect(mkfifo(pipe, 0o600) == 0)
        let result = try OutsideTool.run("timeout", ["-s", "KILL", "20", DPPProcess.executable.path] + arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(pipe + " is a named pipe, not a regular file"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        return result.stderr
    }
}
