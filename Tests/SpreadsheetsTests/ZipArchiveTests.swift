import Diagnostics
import Foundation
import Spreadsheets
import TestSupport
import Testing

/// Zip containers written by Python's zipfile every way it writes them read back entry by entry.
@Suite(.enabled(if: GeneratedFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"))
struct ZipArchiveTests {
    @Test(arguments: ["stored.zip", "deflated.zip", "descriptor.zip", "zip64.zip"])
    func everyEntryReadsAsWritten(name: String) throws {
        let containers = try #require(try GeneratedFiles.expected("containers") as? [String: Any])
        let contents = try #require(containers["contents"] as? [String: String])
        let archive = try ZipArchive(bytes: try GeneratedFiles.bytes(name), source: name)
        #expect(Set(archive.entries.map(\.name)) == Set(contents.keys))
        for entry in archive.entries {
            #expect(String(decoding: try archive.contents(of: entry), as: UTF8.self) == contents[entry.name], "\(name) \(entry.name)")
        }
    }

    /// The files really are what their names say, so that each way of storing is exercised.
    @Test func theContainersUseEachFeature() throws {
        let stored = try ZipArchive(bytes: try GeneratedFiles.bytes("stored.zip"), source: "stored.zip")
        #expect(stored.entries.allSatisfy { $0.method == .stored })
        let deflated = try ZipArchive(bytes: try GeneratedFiles.bytes("deflated.zip"), source: "deflated.zip")
        #expect(deflated.entries.contains { $0.method == .deflated })
        // General purpose flag bit 3 (a data descriptor follows the data) in the first local header.
        let descriptor = try GeneratedFiles.bytes("descriptor.zip")
        #expect(descriptor[6] & 0x08 != 0)
        // The ZIP64 end of central directory record's signature, and 0xFFFFFFFF sizes in the central directory.
        let zip64 = try GeneratedFiles.bytes("zip64.zip")
        #expect(zip64.indices.contains { zip64[$0...].starts(with: [0x50, 0x4B, 0x06, 0x06]) })
    }

    @Test func moreThan65535EntriesAreFoundThroughTheZip64EndRecord() throws {
        let containers = try #require(try GeneratedFiles.expected("containers") as? [String: Any])
        let count = try #require(containers["many"] as? Int)
        let limits = ZipLimits(entries: 100_000, totalUncompressedBytes: 1 << 20, compressionRatio: 200, ratioThresholdBytes: 1 << 20)
        let archive = try ZipArchive(bytes: try GeneratedFiles.bytes("many.zip"), source: "many.zip", limits: limits)
        #expect(archive.entries.count == count)
        #expect(archive.entries.last?.name == "e\(count - 1)")
    }

    @Test func theEntryLimitAndTheTotalSizeLimitAreEnforced() throws {
        let bytes = try GeneratedFiles.bytes("deflated.zip")
        let fewEntries = ZipLimits(entries: 2, totalUncompressedBytes: 1 << 20, compressionRatio: 200, ratioThresholdBytes: 1 << 20)
        let tooMany = #expect(throws: Diagnostic.self) { try ZipArchive(bytes: bytes, source: "deflated.zip", limits: fewEntries) }
        #expect(tooMany?.ruleID == "SHEET-ZIP-LIMIT")
        #expect(tooMany?.message.contains("3 entries") == true)
        let small = ZipLimits(entries: 10, totalUncompressedBytes: 100, compressionRatio: 200, ratioThresholdBytes: 1 << 20)
        let tooLarge = #expect(throws: Diagnostic.self) { try ZipArchive(bytes: bytes, source: "deflated.zip", limits: small) }
        #expect(tooLarge?.ruleID == "SHEET-ZIP-LIMIT")
    }
}
