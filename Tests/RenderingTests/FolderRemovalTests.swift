import Dispatch
import Foundation
import Spooling
import TestSupport
import Testing

@testable import Rendering

/// A folder is removed with everything in it, links removed and never followed, and a folder
/// that cannot be removed is named; with its folders removed on one thread or several at once.
@Suite struct FolderRemovalTests {
    /// Removal's folders `workers` at once, on threads of their own.
    static func loop(_ workers: Int) -> ParallelLoop {
        ParallelLoop(workers: workers) { count, body in DispatchQueue.concurrentPerform(iterations: count, execute: body) }
    }

    /// `count` files in each of `width` folders `depth` levels deep below `folder`, with an empty
    /// folder and a hidden file at each level.
    static func makeTree(_ folder: URL, depth: Int, width: Int, count: Int) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("hidden".utf8).write(to: folder.appendingPathComponent(".hidden"))
        try fileManager.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: false)
        for index in 0..<count { try Data([UInt8(index % 256)]).write(to: folder.appendingPathComponent("file-\(index).json")) }
        guard depth > 0 else { return }
        for index in 0..<width { try makeTree(folder.appendingPathComponent("folder \(index)"), depth: depth - 1, width: width, count: count) }
    }

    /// Every path below `folder` (relative, sorted) with the bytes of its files and the targets of its links.
    static func listing(_ folder: URL) throws -> [String] {
        let fileManager = FileManager.default
        return try fileManager.subpathsOfDirectory(atPath: folder.path).sorted().map { path in
            let full = folder.appendingPathComponent(path).path
            if let target = try? fileManager.destinationOfSymbolicLink(atPath: full) { return "\(path) -> \(target)" }
            var isFolder: ObjCBool = false
            _ = fileManager.fileExists(atPath: full, isDirectory: &isFolder)
            return isFolder.boolValue ? path + "/" : "\(path): \(try Data(contentsOf: URL(fileURLWithPath: full)).base64EncodedString())"
        }
    }

    /// A tree of nested folders, and a folder of more entries than one read of a folder returns
    /// (removed while it is read).
    @Test(arguments: [(depth: 4, width: 3, count: 40), (depth: 0, width: 0, count: 5_000), (depth: 2, width: 6, count: 300)], [1, 2, 4])
    func aFolderIsRemovedWithEverythingInIt(_ shape: (depth: Int, width: Int, count: Int), workers: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("site")
        try Self.makeTree(site, depth: shape.depth, width: shape.width, count: shape.count)
        let beside = folder.url.appendingPathComponent("beside.txt")
        try Data("beside".utf8).write(to: beside)
        try FolderRemoval.remove(site.path, parallel: Self.loop(workers))
        #expect(!FileManager.default.fileExists(atPath: site.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["beside.txt"])
    }

    @Test(arguments: [1, 2])
    func linksAreRemovedNeverFollowed(workers: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outside = folder.url.appendingPathComponent("outside")
        try Self.makeTree(outside, depth: 1, width: 2, count: 3)
        let site = folder.url.appendingPathComponent("site")
        try Self.makeTree(site, depth: 1, width: 2, count: 3)
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(at: site.appendingPathComponent("to-outside"), withDestinationURL: outside)
        try fileManager.createSymbolicLink(
            at: site.appendingPathComponent("folder 0/to-file"), withDestinationURL: outside.appendingPathComponent("file-0.json"))
        try fileManager.createSymbolicLink(at: site.appendingPathComponent("dangling"), withDestinationURL: folder.url.appendingPathComponent("none"))
        let before = try Self.listing(outside)
        try FolderRemoval.remove(site.path, parallel: Self.loop(workers))
        #expect(!fileManager.fileExists(atPath: site.path))
        #expect(try Self.listing(outside) == before)
        // A link given itself is removed, not what it names.
        let link = folder.url.appendingPathComponent("link")
        try fileManager.createSymbolicLink(at: link, withDestinationURL: outside)
        try FolderRemoval.remove(link.path)
        #expect((try? fileManager.destinationOfSymbolicLink(atPath: link.path)) == nil)
        #expect(try Self.listing(outside) == before)
    }

    @Test func aFileOrNothingIsRemovedToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        try FolderRemoval.remove(file.path)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        try FolderRemoval.remove(folder.url.appendingPathComponent("never-there").path)
    }

    @Test func aFolderThatCannotBeRemovedIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A file where a folder on the way should be: `site/file.txt/x` cannot be read as a folder.
        let site = folder.url.appendingPathComponent("site")
        try Self.makeTree(site, depth: 1, width: 1, count: 2)
        let failure = #expect(throws: SiteStaging.Failure.self) {
            try FolderRemoval.remove(site.appendingPathComponent("file-0.json/inside").path)
        }
        #expect(failure?.message == "cannot remove \(site.path)/file-0.json/inside: Not a directory")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("file-0.json").path))
    }
}
