import Diagnostics
import Foundation
import JSONCore
import TestSupport
import Testing

@testable import Traceability

/// Reading a JSON-LD file in place, an event at a time through positioned reads, as `dpp` reads
/// files: the outcome of reading it whole, with a size limit that only each event must meet,
/// and located errors where the whole document could not be parsed to find them.
struct InPlaceJSONReadTests {
    /// A document of the demo's events, `copies` times over, written out event by event so
    /// that the test knows where each event begins.
    struct BigDocument {
        var head: String
        var events: [String]

        init(copies: Int) throws {
            let demo = try JSONParser().parse(DemoFixtures.bytes("events.jsonld"))
            let object = try #require(demo.objectValue)
            let writer = JSONWriter(pretty: true)
            head = "{\n"
            for (key, value) in object where key != "epcisBody" {
                head += "  \(JSONWriter().string(.string(key))): \(writer.string(value)),\n"
            }
            head += "  \"epcisBody\": {\n    \"eventList\": [\n"
            let list = try #require(object["epcisBody"]?.objectValue?["eventList"]?.arrayValue)
            let texts = list.map(writer.string)
            events = Array((0..<copies).map { _ in texts }.joined())
        }

        static let tail = "\n    ]\n  }\n}\n"

        var text: String { head + events.joined(separator: ",\n") + Self.tail }
        var bytes: [UInt8] { Array(text.utf8) }

        /// The line on which event `index` begins.
        func line(ofEvent index: Int) -> Int {
            let before = head + events[..<index].map { $0 + ",\n" }.joined()
            return before.utf8.count { $0 == 0x0A } + 1
        }
    }

    struct Broken: Error, CustomStringConvertible {
        var description: String { "the disk went away" }
    }

    /// `bytes` read at any offset, at most `chunk` bytes a call; `size` is what the file says
    /// it has, and a read that reaches `failAt` throws.
    static func input(_ bytes: [UInt8], chunk: Int = .max, size: Int? = nil, failAt: Int? = nil) -> RandomAccessInput {
        RandomAccessInput(size: size ?? bytes.count) { buffer, offset in
            if let failAt, offset + buffer.count > failAt { throw Broken() }
            guard offset < bytes.count else { return 0 }
            let count = min(buffer.count, chunk, bytes.count - offset)
            bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
            return count
        }
    }

    /// `bytes` read as `dpp` reads a file: the first mebibyte in pieces, to tell XML from JSON,
    /// then in place, each event and top-level member held to `limit` bytes.
    static func readInPlace(_ bytes: [UInt8], limit: Int, input: RandomAccessInput? = nil) -> EPCISReadResult {
        let pieces = StreamedReadTests.Pieces(bytes, size: 1 << 16)
        return EPCISReader.read(
            source: "in-place", maximumJSONSize: limit, expectedSize: bytes.count, randomAccess: input ?? Self.input(bytes),
            nextPiece: pieces.next)
    }

    static let limit = 256 << 10

    @Test(arguments: [7, 4099, Int.max])
    func aBigDocumentReadInPlaceGivesWhatTheWholeGives(chunk: Int) throws {
        let document = try BigDocument(copies: 60)
        let bytes = document.bytes
        // Several windows of the file, so that events straddle their edges; many times the limit.
        #expect(bytes.count > 3 * (1 << 20))
        #expect(bytes.count > 10 * Self.limit)
        let whole = EPCISReader.read(bytes, source: "in-place")
        let inPlace = Self.readInPlace(bytes, limit: Self.limit, input: Self.input(bytes, chunk: chunk))
        #expect(whole.events.count == 67 * 60)
        #expect(inPlace.events == whole.events)
        #expect(inPlace.diagnostics == whole.diagnostics)
        // Without positioned reads (a pipe), the document is read whole and over the limit.
        let pieces = StreamedReadTests.Pieces(bytes, size: 1 << 16)
        let piped = EPCISReader.read(source: "in-place", maximumJSONSize: Self.limit, nextPiece: pieces.next)
        #expect(piped.diagnostics.map(\.ruleID) == ["INPUT-TOO-LARGE"])
    }

    @Test(arguments: [1, 2, 61, 4096])
    func windowsOfAnySizeGiveWhatTheWholeGives(windowSize: Int) throws {
        // Windows smaller than an event, than a member's name, than a string's escape: every
        // part of the structure straddles an edge somewhere.
        var document = try BigDocument(copies: 3)
        #expect(document.head.contains("\"type\":"))
        document.head = document.head.replacingOccurrences(of: "\"type\":", with: "\"\\u0074ype\":")
        document.events[5] = document.events[5].replacingOccurrences(of: "\"eventTime\":", with: "\"event\\u0054ime\": ")
        document.events[7] = "{\n\"tp:note\": \"a 5\\\" {[ screen, a backslash \\\\\",\n" + document.events[7].dropFirst(2)
        document.events[9] = document.events[9].replacingOccurrences(of: "\"eventTime\":", with: "\"eventTime\" ")
        let bytes = document.bytes
        let whole = EPCISReader.read(bytes, source: "in-place")
        let inPlace = EPCISReader.readJSONInPlace(Self.input(bytes), source: "in-place", maximumPartSize: Self.limit, readSize: windowSize)
        #expect(whole.events.count == 67 * 3 - 1)
        #expect(inPlace.events == whole.events)
        #expect(inPlace.diagnostics == whole.diagnostics)
        #expect(inPlace.diagnostics.contains { $0.ruleID == "JSON-MALFORMED" && $0.location.pointer == "/epcisBody/eventList/9" })
    }

    @Test func aBrokenStructureIsLocatedWhereTheParserLocatesIt() throws {
        let document = try BigDocument(copies: 40)
        // The comma after event 2,000 a space: the event list breaks there.
        let before = document.head + document.events[...2000].joined(separator: ",\n")
        let after = document.events[2001...].joined(separator: ",\n") + BigDocument.tail
        let broken = Array((before + " \n" + after).utf8)
        #expect(broken.count == document.bytes.count)
        var parserError: JSONParseError?
        do throws(JSONParseError) { _ = try JSONParser().parse(broken) } catch { parserError = error }
        let expected = try #require(parserError)
        #expect(expected.line == document.line(ofEvent: 2001))
        let result = Self.readInPlace(broken, limit: Self.limit)
        #expect(result.events.isEmpty)
        #expect(result.diagnostics.map(\.ruleID) == ["JSON-MALFORMED"])
        #expect(result.diagnostics.first?.location.line == expected.line)
        #expect(result.diagnostics.first?.location.column == expected.column)
        #expect(result.diagnostics.first?.message.contains("after an array element") == true)
    }

    @Test func aBrokenStructureWithinTheLimitGetsTheWholeParsersError() throws {
        let document = try BigDocument(copies: 30)
        let broken = Array((document.text.dropLast(4) + "\n").utf8)
        #expect(broken.count > EPCISReader.headSize)
        let whole = EPCISReader.read(broken, source: "in-place")
        let inPlace = Self.readInPlace(broken, limit: 64 << 20)
        #expect(whole.diagnostics.map(\.ruleID) == ["JSON-MALFORMED"])
        #expect(inPlace.diagnostics == whole.diagnostics)
        #expect(inPlace.events.isEmpty)
    }

    @Test func aBrokenEventIsReportedWithItsLineAndTheOthersAreRead() throws {
        var document = try BigDocument(copies: 40)
        document.events[1234] = document.events[1234].replacingOccurrences(of: "\"eventTime\":", with: "\"eventTime\" ")
        let bytes = document.bytes
        var parserError: JSONParseError?
        do throws(JSONParseError) { _ = try JSONParser().parse(bytes) } catch { parserError = error }
        let expected = try #require(parserError)
        let result = Self.readInPlace(bytes, limit: Self.limit)
        let malformed = result.diagnostics.filter { $0.ruleID == "JSON-MALFORMED" }
        #expect(malformed.count == 1)
        #expect(malformed.first?.location.pointer == "/epcisBody/eventList/1234")
        #expect(malformed.first?.location.line == expected.line)
        #expect(result.events.count == 67 * 40 - 1)
    }

    @Test func anEventOverTheLimitIsRefusedWhereItBeginsAndTheOthersAreRead() throws {
        var document = try BigDocument(copies: 40)
        let padding = String(repeating: "x", count: Self.limit)
        #expect(document.events[777].hasPrefix("{\n"))
        document.events[777] = "{\n\"tp:padding\": \"\(padding)\",\n" + document.events[777].dropFirst(2)
        let result = Self.readInPlace(document.bytes, limit: Self.limit)
        let refused = result.diagnostics.filter { $0.ruleID == "INPUT-TOO-LARGE" }
        #expect(refused.count == 1)
        #expect(refused.first?.location.pointer == "/epcisBody/eventList/777")
        #expect(refused.first?.location.line == document.line(ofEvent: 777))
        #expect(result.events.count == 67 * 40 - 1)
        // Each event is read with the line it begins on: the next error after the big event is located too.
        var withError = document
        withError.events[900] = withError.events[900].replacingOccurrences(of: "\"eventTime\":", with: "\"eventTime\" ")
        let later = Self.readInPlace(withError.bytes, limit: Self.limit).diagnostics.filter { $0.ruleID == "JSON-MALFORMED" }
        #expect(later.first?.location.line ?? 0 > withError.line(ofEvent: 900))
        #expect(later.first?.location.line ?? .max < withError.line(ofEvent: 901))
    }

    @Test func aFileShorterThanItsSizeOrFailingIsUnreadable() throws {
        let bytes = try BigDocument(copies: 30).bytes
        let shrunk = Self.readInPlace(bytes, limit: Self.limit, input: Self.input(bytes, size: bytes.count + 100))
        #expect(shrunk.diagnostics.map(\.ruleID) == ["INPUT-UNREADABLE"])
        #expect(shrunk.diagnostics.first?.message.contains("byte \(bytes.count)") == true)
        let failing = Self.readInPlace(bytes, limit: Self.limit, input: Self.input(bytes, failAt: bytes.count / 2))
        #expect(failing.diagnostics.map(\.ruleID) == ["INPUT-UNREADABLE"])
        #expect(failing.diagnostics.first?.message.contains("the disk went away") == true)
    }

    /// A file larger than what is read whole that starts as neither XML nor JSON (zeros, text)
    /// gets the format error a small one gets, not the advice for a large JSON-LD document.
    @Test(arguments: ["zeros", "text"])
    func aBigFileThatIsNeitherXMLNorJSONIsAFormatError(content: String) throws {
        let bytes =
            content == "zeros" ? [UInt8](repeating: 0, count: 3 << 20) : Array(("EPCIS events\n" + String(repeating: "x", count: 3 << 20)).utf8)
        let result = Self.readInPlace(bytes, limit: Self.limit)
        #expect(result.events.isEmpty)
        #expect(result.diagnostics.map(\.ruleID) == ["EPCIS-FORMAT"])
        #expect(result.diagnostics == EPCISReader.read(Array(bytes.prefix(100)), source: "in-place").diagnostics)
    }

    @Test func aBigDocumentThatIsNoEventListIsRefused() throws {
        let list = "[" + Array(repeating: "{\"type\": \"ObjectEvent\"}", count: 60_000).joined(separator: ",\n") + "]"
        let bytes = Array(list.utf8)
        #expect(bytes.count > EPCISReader.headSize)
        let result = Self.readInPlace(bytes, limit: Self.limit)
        #expect(result.events.isEmpty)
        #expect(result.diagnostics.map(\.ruleID) == ["INPUT-TOO-LARGE"])
        #expect(result.diagnostics.first?.message.contains("an event at a time") == true)
        // Within the limit, it is read whole and gets the whole reader's diagnostic.
        #expect(Self.readInPlace(bytes, limit: 64 << 20).diagnostics == EPCISReader.read(bytes, source: "in-place").diagnostics)
    }
}
