import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Traceability

/// Reading a document that arrives in pieces, as `dpp` reads files: the same outcome as reading
/// it whole, wherever the pieces break, and a diagnostic when the pieces cannot be had.
struct StreamedReadTests {
    /// `bytes` handed out `size` bytes at a time; `failAfter` throws once that many bytes are out.
    final class Pieces {
        let bytes: [UInt8]
        let size: Int
        let failAfter: Int?
        var offset = 0

        init(_ bytes: [UInt8], size: Int, failAfter: Int? = nil) {
            self.bytes = bytes
            self.size = size
            self.failAfter = failAfter
        }

        struct Broken: Error, CustomStringConvertible {
            var description: String { "the disk went away" }
        }

        func next(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            if let failAfter, offset >= failAfter { throw Broken() }
            let count = min(size, buffer.count, bytes.count - offset)
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes.withUnsafeBytes { $0 }[offset..<offset + count]))
            offset += count
            return count
        }
    }

    static func streamed(
        _ bytes: [UInt8], pieceSize: Int, maximumJSONSize: Int = 1 << 30, expectedSize: Int? = nil, failAfter: Int? = nil
    ) -> EPCISReadResult {
        let pieces = Pieces(bytes, size: pieceSize, failAfter: failAfter)
        return EPCISReader.read(source: "streamed", maximumJSONSize: maximumJSONSize, expectedSize: expectedSize, nextPiece: pieces.next)
    }

    @Test(arguments: ["events.xml", "events.jsonld"], [1, 7, 4096, 1 << 20])
    func piecesGiveWhatTheWholeGives(_ name: String, pieceSize: Int) throws {
        let bytes = try DemoFixtures.bytes(name)
        let whole = EPCISReader.read(bytes, source: "streamed")
        let streamed = Self.streamed(bytes, pieceSize: pieceSize)
        #expect(whole.events.count == 67)
        #expect(streamed.events == whole.events)
        #expect(streamed.diagnostics == whole.diagnostics)
    }

    @Test(arguments: [0, -1000, 1000])
    func aSizeHintRightOrWrongChangesNothing(hintOffset: Int) throws {
        // A big JSON-LD document (past the first mebibyte) read with its size known, or misjudged.
        let text = try DemoFixtures.text("events.jsonld")
        let padding = "\"padding\": \"" + String(repeating: "x", count: 2 << 20) + "\", "
        let bytes = Array(text.replacingOccurrences(of: "\"epcisBody\"", with: padding + "\"epcisBody\"").utf8)
        #expect(bytes.count > 2 << 20)
        let whole = EPCISReader.read(bytes, source: "streamed")
        let streamed = Self.streamed(bytes, pieceSize: 1 << 16, expectedSize: bytes.count + hintOffset)
        #expect(whole.events.count == 67)
        #expect(streamed.events == whole.events)
        #expect(streamed.diagnostics == whole.diagnostics)
    }

    @Test(arguments: [1, 13, 1 << 16])
    func brokenXMLGivesTheSameLocatedErrorInPieces(pieceSize: Int) {
        let text = """
            <EPCISDocument xmlns="urn:epcglobal:epcis:xsd:2"><EPCISBody><EventList>
            <ObjectEvent><eventTime>2026-01-01T00:00:00Z</eventTime>
            <eventTimeZoneOffset>+08:00</eventTimeZoneOffset><action>ADD</action>
            <epcList><epc>https://id.gs1.org/01/09521234000013/21/1</epc></epcList></ObjectEvent>
            <ObjectEvent><eventTime>2026-01-01T
            """
        let whole = EPCISReader.read(Array(text.utf8), source: "streamed")
        let streamed = Self.streamed(Array(text.utf8), pieceSize: pieceSize)
        #expect(whole.diagnostics.contains { $0.ruleID == "XML-MALFORMED" && $0.location.line == 5 })
        #expect(streamed.diagnostics == whole.diagnostics)
        #expect(streamed.events.count == 1)
    }

    @Test func aProloguePastTheFirstMebibyteIsRefused() {
        // A DOCTYPE hidden behind a long comment must not slip past the prolog check.
        let comment = "<!--" + String(repeating: "x", count: EPCISReader.headSize) + "-->"
        let text = comment + "<!DOCTYPE d [<!ENTITY e \"boom\">]><EPCISDocument/>"
        let result = Self.streamed(Array(text.utf8), pieceSize: 1 << 16)
        #expect(result.events.isEmpty)
        #expect(result.diagnostics.map(\.ruleID) == ["EPCIS-XML-DTD"])
        #expect(result.diagnostics.first?.message.contains("prolog") == true)
    }

    @Test func aJSONDocumentOverTheLimitIsRefused() throws {
        let bytes = try DemoFixtures.bytes("events.jsonld")
        let result = Self.streamed(bytes, pieceSize: 4096, maximumJSONSize: bytes.count - 1)
        #expect(result.events.isEmpty)
        #expect(result.diagnostics.map(\.ruleID) == ["INPUT-TOO-LARGE"])
        // XML has no such limit: it is never held whole.
        let xml = try DemoFixtures.bytes("events.xml")
        #expect(Self.streamed(xml, pieceSize: 4096, maximumJSONSize: 10).events.count == 67)
    }

    @Test(arguments: [100, 2 << 20])
    func aReadFailureIsAnUnreadableInput(failAfter: Int) throws {
        // Before the first mebibyte (while deciding XML or JSON) and after it (while streaming XML).
        let text = try DemoFixtures.text("events.xml")
        let padding = "<!--" + String(repeating: "padding ", count: (3 << 20) / 8) + "-->"
        let bytes = Array(text.replacingOccurrences(of: "<EventList>", with: "<EventList>" + padding).utf8)
        #expect(bytes.count > 3 << 20)
        let result = Self.streamed(bytes, pieceSize: 1 << 16, failAfter: failAfter)
        let unreadable = result.diagnostics.filter { $0.ruleID == "INPUT-UNREADABLE" }
        #expect(unreadable.count == 1)
        #expect(unreadable.first?.message.contains("the disk went away") == true)
        #expect(unreadable.first?.severity == .error)
    }
}
