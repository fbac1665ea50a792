import Foundation
import Pipeline
import TestSupport
import Testing
import Traceability

/// Input files read at any offset, and a JSON-LD file read in place through them.
struct InputFileTests {
    @Test func aRegularFileIsReadAtAnyOffset() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var generator = SeededGenerator(seed: 17)
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let file = try InputFile.open(folder.write("bytes.bin", bytes: bytes)).get()
        let input = try #require(file.randomAccess)
        #expect(input.size == bytes.count)
        var buffer = [UInt8](repeating: 0, count: 100)
        for offset in [0, 1, 65_535, 150_001, bytes.count - 100] {
            let count = try buffer.withUnsafeMutableBytes { try input.read($0, offset) }
            #expect(count == 100)
            #expect(buffer == Array(bytes[offset..<(offset + 100)]))
        }
        // Reading at the end gives nothing; the offsets read do not move the file's position.
        #expect(try buffer.withUnsafeMutableBytes { try input.read($0, bytes.count) } == 0)
        #expect(try buffer.withUnsafeMutableBytes { try file.read(into: $0) } == 100)
        #expect(buffer == Array(bytes[..<100]))
    }

    /// A missing path, a folder, a path through a file and a file without permission are each
    /// refused as unreadable, saying why.
    @Test func whatCannotBeOpenedSaysWhy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("plain.json", "{}")
        func message(_ path: String) -> String? {
            guard case .failure(let diagnostic) = InputFile.read(path) else { return nil }
            return diagnostic.ruleID == "INPUT-UNREADABLE" ? diagnostic.message : "rule \(diagnostic.ruleID)"
        }
        #expect(message(folder.path("missing.json")) == "no such file")
        #expect(message(folder.url.path) == "is a folder, not a file")
        #expect(message(file + "/inside.json") == "cannot open the file: Not a directory")
        #expect(try InputFile.read(file).get() == Array("{}".utf8))
        if getuid() != 0 {
            let locked = try folder.write("locked.json", "{}")
            chmod(locked, 0)
            #expect(message(locked) == "cannot open the file: Permission denied")
        }
    }

    /// A stream (here a named pipe) is read whole piece by piece, past the first piece's size.
    @Test func aStreamIsReadWholeInPieces() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path("stream")
        #expect(mkfifo(fifo, 0o600) == 0)
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            bytes.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count <= 0 { break }
                    written += count
                }
            }
            close(descriptor)
        }
        writer.start()
        let file = try InputFile.open(fifo).get()
        #expect(file.size == nil)
        #expect(try file.readWhole().get() == bytes)
    }

    @Test func standardInputIsNotReadAtOffsets() throws {
        #expect(try InputFile.open("-").get().randomAccess == nil)
    }

    @Test func aBigJSONLDFileIsReadInPlaceAsItIsWhole() throws {
        // A top-level member of 3 MiB (bigger than the window a file is read through) before the
        // events, which lie past the first mebibyte that tells JSON from XML.
        let text = try DemoFixtures.text("events.jsonld")
        let padding = "\"padding\": \"" + String(repeating: "x", count: 3 << 20) + "\",\n"
        let bytes = Array(text.replacingOccurrences(of: "\"epcisBody\"", with: padding + "\"epcisBody\"").utf8)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("events.jsonld", bytes: bytes)
        let documents = try EventDocuments(reading: [path], jobs: try #require(JobCount(1)))
        let whole = EPCISReader.read(bytes, source: path)
        #expect(whole.events.count == 67)
        #expect(documents.documents.first?.result.events == whole.events)
        #expect(documents.diagnostics == whole.diagnostics)
    }

    /// Step rows in a CSV file are read through positioned reads, as the same bytes are whole;
    /// a file that begins as a workbook is read whole as one, whatever its name.
    @Test func stepRowsInAFileAreReadInPiecesAsTheyAreWhole() throws {
        let bytes = try DemoFixtures.bytes("steps.csv")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("steps.csv", bytes: bytes)
        let input = try #require(try InputFile.open(path).get().randomAccess)
        let whole = StepRows.read(bytes, source: path)
        #expect(whole.events.count == 67)
        let inPieces = StepRows.read(csv: input, source: path)
        #expect(inPieces.events == whole.events)
        #expect(inPieces.diagnostics == whole.diagnostics)
        let documents = try EventDocuments(reading: [path], jobs: try #require(JobCount(1)))
        #expect(documents.documents.first?.result.events == whole.events)
        // Not CSV text with a bad encoding: a broken workbook.
        let zip = try folder.write("zip.csv", bytes: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40))
        let broken = try EventDocuments(reading: [zip], jobs: try #require(JobCount(1))).diagnostics
        #expect(broken.map(\.ruleID) == ["SHEET-ZIP-MALFORMED"], "\(broken)")
    }

    /// A read that fails part way is the file's `INPUT-UNREADABLE` error, and no events.
    @Test func aFailingReadOfStepRowsIsUnreadable() throws {
        struct Broken: Error {}
        let bytes = try DemoFixtures.bytes("steps.csv")
        let input = RandomAccessInput(size: bytes.count) { buffer, offset in
            guard offset == 0 else { throw Broken() }
            let count = min(buffer.count, 100)
            bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            return count
        }
        let result = StepRows.read(csv: input, source: "steps.csv")
        #expect(result.events.isEmpty)
        #expect(result.diagnostics.map(\.ruleID) == ["INPUT-UNREADABLE"])
        #expect(result.diagnostics.first?.message.contains("past byte 100") == true, "\(result.diagnostics)")
    }
}
