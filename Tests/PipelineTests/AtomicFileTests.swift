import Foundation
import TestSupport
import Testing

@testable import Pipeline

/// A file written atomically is the old file or the whole new one, never a part, and no
/// temporary file is left beside it.
@Suite struct AtomicFileTests {
    /// The pieces handed over, one after the other, are the file.
    @Test func piecesAreWrittenOneAfterTheOther() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("site.conf")
        let pieces = [Array("first\n".utf8), [], Array(repeating: UInt8(ascii: "x"), count: 3 << 20), Array("last\n".utf8)]
        try AtomicFile.write(to: path) { (write: ([UInt8]) throws(AtomicFile.Failure) -> Void) throws(AtomicFile.Failure) in
            for piece in pieces { try write(piece) }
        }
        #expect(FileManager.default.contents(atPath: path) == Data(pieces.joined()))
        #expect(try folder.names() == ["site.conf"])
    }

    /// A failure after some pieces leaves the old file as it was and no temporary file.
    @Test func aFailureMidWayLeavesTheOldFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("site.conf", "the old configuration\n")
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(to: path) { (write: ([UInt8]) throws(AtomicFile.Failure) -> Void) throws(AtomicFile.Failure) in
                try write(Array("the new one, cut".utf8))
                throw AtomicFile.Failure(message: "stopped")
            }
        }
        #expect(String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) == "the old configuration\n")
        #expect(try folder.names() == ["site.conf"])
    }

    /// A folder that does not exist, or a file whose place is a folder, is said with the path.
    @Test func aFileThatCannotBeWrittenIsSaidWithItsPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.path("nowhere/site.conf")
        let error = #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Array("x".utf8), to: missing) }
        #expect(error?.message.hasPrefix("\(missing): cannot write the file: the folder") == true)
        try FileManager.default.createDirectory(atPath: folder.path("taken/site.conf"), withIntermediateDirectories: true)
        let taken = folder.path("taken/site.conf")
        let refused = #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Array("x".utf8), to: taken) }
        #expect(refused?.message.hasPrefix("\(taken): cannot write the file: ") == true)
        #expect(try folder.names() == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("taken")) == ["site.conf"])
    }
}
