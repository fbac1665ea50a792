import Foundation
import Testing

@testable import Spooling

/// A range of a file is read whole from its offset, and a range past the file's end or of a
/// descriptor that is not open says so.
struct FileRangeTests {
    @Test func aRangeIsReadWholeAndOneBeyondTheEndIsNot() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("file-range-\(UUID().uuidString)").path
        let contents = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        try Data(contents).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 200_000)
        #expect(buffer.withUnsafeMutableBytes { FileRange.read(descriptor, into: $0, at: 99_999) })
        #expect(buffer == Array(contents[99_999..<299_999]))
        // Two bytes too many: the file ends first.
        var beyond = [UInt8](repeating: 0, count: 202)
        #expect(!beyond.withUnsafeMutableBytes { FileRange.read(descriptor, into: $0, at: 299_800) })
        var empty: [UInt8] = []
        #expect(empty.withUnsafeMutableBytes { FileRange.read(descriptor, into: $0, at: 300_000) })
    }

    @Test func aDescriptorThatIsNotOpenReadsNothing() {
        var buffer = [UInt8](repeating: 0, count: 8)
        #expect(!buffer.withUnsafeMutableBytes { FileRange.read(-1, into: $0, at: 0) })
    }
}
