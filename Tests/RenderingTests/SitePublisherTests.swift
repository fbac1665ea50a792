import Foundation
import Rendering
import Testing

@Suite struct SitePublisherTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("site-publisher-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func site(_ files: [([String], String)]) -> Site {
        var site = Site()
        for (path, text) in files { site.add(.init(path: path, text: text)) }
        return site
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

    @Test func aNewSiteReplacesTheOldOneWhole() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site")
        try SitePublisher.publish(Self.site([(["a", "old.txt"], "old")]), to: out)
        try SitePublisher.publish(Self.site([(["b", "new.txt"], "new")]), to: out)
        #expect(Self.contents(of: out) == ["b/new.txt": "new"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    @Test(arguments: [[".."], ["a", "..", "b"], ["a/b"], [""], ["."], ["x\u{0}y"]])
    func anUnsafePathIsRefusedAndThePreviousSiteStays(path: [String]) throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site")
        try SitePublisher.publish(Self.site([(["index.html"], "v1")]), to: out)
        #expect(throws: SitePublisher.Failure.self) {
            try SitePublisher.publish(Self.site([(["index.html"], "v2"), (path + ["evil.txt"], "x")]), to: out)
        }
        #expect(Self.contents(of: out) == ["index.html": "v1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    @Test func aRunKilledMidwayIsRecoveredByTheNext() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site")
        // What a kill between the two renames leaves: the old site moved aside, a staging folder.
        let previous = root.appendingPathComponent(".site.previous-4242")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: previous.appendingPathComponent("index.html"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".site.staging-4242"), withIntermediateDirectories: true)
        #expect(throws: SitePublisher.Failure.self) {
            try SitePublisher.publish(Self.site([([".."], "x")]), to: out)
        }
        #expect(Self.contents(of: out) == ["index.html": "old"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }
}
