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
}
