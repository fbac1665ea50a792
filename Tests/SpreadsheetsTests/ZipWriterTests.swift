import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Spreadsheets

/// Zip containers the writer makes read back through our reader, Python's zipfile and `unzip -t`,
/// the same bytes every time, with what a container without ZIP64 cannot hold refused.
@Suite struct ZipWriterTests {
    /// Three entries: XML, Mongolian text (UTF-8, compressible) and an empty one.
    static let contents: [(String, String)] = [
        ("a.xml", "<a>" + String(repeating: "cashmere ", count: 200) + "</a>"),
        ("dir/mn.txt", "Ноолуур — самбар, ямаа"),
        ("empty", ""),
    ]

    static func written() throws -> [UInt8] {
        var writer = ZipWriter(source: "test.zip")
        for (name, text) in contents { try writer.add(name, contents: Array(text.utf8)) }
        return try writer.bytes()
    }

    @Test func everyEntryReadsBackThroughOurReaderDeflated() throws {
        let archive = try ZipArchive(bytes: try Self.written(), source: "test.zip")
        #expect(archive.entries.map(\.name) == ["a.xml", "dir/mn.txt", "empty"])
        #expect(archive.entries.allSatisfy { $0.method == .deflated })
        for (entry, (_, text)) in zip(archive.entries, Self.contents) {
            #expect(try archive.contents(of: entry) == Array(text.utf8), "\(entry.name)")
        }
        // The repeated XML deflates to far less than its 1,807 bytes.
        #expect(try Self.written().count < 1_000)
    }

    @Test func theSameEntriesGiveTheSameBytesWithTheDOSTimeOf1980() throws {
        let bytes = try Self.written()
        #expect(bytes == (try Self.written()))
        // The first local header's time (offset 10) is 00:00:00 and its date (offset 12) 1980-01-01: 0x0021.
        #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x00])
    }

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func pythonsZipfileAndUnzipAcceptTheContainer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("test.zip", bytes: try Self.written())
        let script = """
            import sys, zipfile, json
            with zipfile.ZipFile(sys.argv[1]) as z:
                print(json.dumps({"bad": z.testzip(), "entries": [[i.filename, i.date_time[:3], i.compress_type, z.read(i).decode()] for i in z.infolist()]}))
            """
        let result = try OutsideTool.run("python3", ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect(report["bad"] is NSNull)
        let entries = try #require(report["entries"] as? [[Any]])
        #expect(entries.map { $0[0] as? String } == Self.contents.map(\.0))
        #expect(entries.map { $0[1] as? [Int] } == Array(repeating: [1980, 1, 1], count: 3))
        // Method 8 is deflate (zipfile.ZIP_DEFLATED).
        #expect(entries.map { $0[2] as? Int } == [8, 8, 8])
        #expect(entries.map { $0[3] as? String } == Self.contents.map(\.1))
        if OutsideTool.isInstalled("unzip") {
            let unzip = try OutsideTool.run("unzip", ["-t", path])
            #expect(unzip.status == 0, "\(unzip.stderr)")
            #expect(String(decoding: unzip.standardOutput, as: UTF8.self).contains("No errors detected"))
        }
    }

    /// 65,535 in the end record's entry count means "see ZIP64", so 65,534 is the most written.
    @Test func moreThan65534EntriesAreRefusedWithoutZIP64() throws {
        var writer = ZipWriter(source: "many.zip")
        for index in 0..<65_534 { try writer.add("e\(index)", contents: []) }
        let refused = #expect(throws: Diagnostic.self) { try writer.add("e65534", contents: []) }
        #expect(refused?.ruleID == "SHEET-WRITE-LIMIT")
        #expect(refused?.location == SourceLocation(file: "many.zip"))
        // The 65,534 entries written read back, counted in the end record's 16 bits.
        let limits = ZipLimits(entries: 70_000, totalUncompressedBytes: 1 << 20, compressionRatio: 200, ratioThresholdBytes: 1 << 20)
        #expect(try ZipArchive(bytes: try writer.bytes(), source: "many.zip", limits: limits).entries.count == 65_534)
    }

    @Test func anEntryNameUsedTwiceOrEmptyIsRefused() throws {
        var writer = ZipWriter(source: "twice.zip")
        try writer.add("a", contents: [1])
        #expect(throws: Diagnostic.self) { try writer.add("a", contents: [2]) }
        #expect(throws: Diagnostic.self) { try writer.add("", contents: [2]) }
    }
}
