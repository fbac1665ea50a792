import Foundation
import Rendering
import TestSupport
import Testing

@Suite final class SitePublisherTests {
    /// A fresh folder for each test, where the site is published.
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    deinit { folder.remove() }

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
        let out = folder.file("site")
        try SitePublisher.publish(Self.site([(["a", "old.txt"], "old")]), to: out)
        try SitePublisher.publish(Self.site([(["b", "new.txt"], "new")]), to: out)
        #expect(Self.contents(of: out) == ["b/new.txt": "new"])
        #expect(try folder.names() == ["site"])
    }

    @Test(arguments: [[".."], ["a", "..", "b"], ["a/b"], [""], ["."], ["x\u{0}y"]])
    func anUnsafePathIsRefusedAndThePreviousSiteStays(path: [String]) throws {
        let out = folder.file("site")
        try SitePublisher.publish(Self.site([(["index.html"], "v1")]), to: out)
        #expect(throws: SitePublisher.Failure.self) {
            try SitePublisher.publish(Self.site([(["index.html"], "v2"), (path + ["evil.txt"], "x")]), to: out)
        }
        #expect(Self.contents(of: out) == ["index.html": "v1"])
        #expect(try folder.names() == ["site"])
    }

    @Test func aRunKilledMidwayIsRecoveredByTheNext() throws {
        let out = folder.file("site")
        // What a kill between the two renames leaves: the old site moved aside, a staging folder.
        try folder.write(".site.previous-4242/index.html", "old")
        try FileManager.default.createDirectory(at: folder.file(".site.staging-4242"), withIntermediateDirectories: true)
        #expect(throws: SitePublisher.Failure.self) {
            try SitePublisher.publish(Self.site([([".."], "x")]), to: out)
        }
        #expect(Self.contents(of: out) == ["index.html": "old"])
        #expect(try folder.names() == ["site"])
    }
}
