import Dispatch
import Foundation
import Spooling
import Testing

@testable import Traceability

/// Reading a JSON-LD file's events in batches on several threads gives what reading them one
/// after the other gives: the same events in the same order, and the same diagnostics, in the
/// same order, with the same lines and pointers.
struct ParallelJSONReadTests {
    typealias BigDocument = InPlaceJSONReadTests.BigDocument

    /// The ways of running a round's batches the tests read with.
    enum Loop: String, CaseIterable, CustomTestStringConvertible {
        /// Two threads at once.
        case twoThreads
        /// Five threads at once: rounds of more batches.
        case fiveThreads
        /// One after the other, last first: the result must not depend on the order the work is done in.
        case backwards

        var loop: ParallelLoop {
            switch self {
            case .twoThreads: Self.threads(2)
            case .fiveThreads: Self.threads(5)
            case .backwards: ParallelLoop(workers: 3) { count, body in for index in (0..<count).reversed() { body(index) } }
            }
        }

        private static func threads(_ workers: Int) -> ParallelLoop {
            ParallelLoop(workers: workers) { count, body in DispatchQueue.concurrentPerform(iterations: count, execute: body) }
        }

        var testDescription: String { rawValue }
    }

    /// The demo's events 60 times over, with problems spread over several batches and rounds:
    /// two events that are not JSON, one with a time that is not a time, one over the limit.
    static func troubledDocument() throws -> BigDocument {
        var document = try BigDocument(copies: 60)
        for index in [3, 1234, 3100] {
            document.events[index] = document.events[index].replacingOccurrences(of: "\"eventTime\":", with: "\"eventTime\" ")
        }
        document.events[2222] = document.events[2222].replacingOccurrences(
            of: #""eventTime": "\d{4}-[^"]*""#, with: "\"eventTime\": \"yesterday\"", options: .regularExpression)
        document.events[2500] =
            "{\n\"tp:padding\": \"\(String(repeating: "x", count: InPlaceJSONReadTests.limit))\",\n"
            + document.events[2500].dropFirst(2)
        return document
    }

    static func read(_ bytes: [UInt8], limit: Int, windowSize: Int, failAt: Int? = nil, parallel: ParallelLoop) -> EPCISReadResult {
        EPCISReader.readJSONInPlace(
            InPlaceJSONReadTests.input(bytes, failAt: failAt), source: "in-place", maximumPartSize: limit, readSize: windowSize,
            parallel: parallel)
    }

    @Test(arguments: Loop.allCases, [1 << 20, 4099])
    func batchesGiveWhatOneEventAfterTheOtherGives(loop: Loop, windowSize: Int) throws {
        let document = try Self.troubledDocument()
        let bytes = document.bytes
        // Dozens of batches, more than a round of two workers' (the problems fall in different batches and rounds).
        #expect(bytes.count > 2 * JSONEventList.batchesPerWorker * JSONEventList.batchBytes)
        let limit = InPlaceJSONReadTests.limit
        let sequential = Self.read(bytes, limit: limit, windowSize: windowSize, parallel: .sequential)
        let batched = Self.read(bytes, limit: limit, windowSize: windowSize, parallel: loop.loop)
        #expect(batched.events == sequential.events)
        #expect(batched.diagnostics == sequential.diagnostics)
        // And both are right: each problem where the document has it.
        #expect(batched.events.count == 67 * 60 - 5)
        let located = batched.diagnostics.filter { $0.ruleID != "EPCIS-TIME-ORDER" }.map { ($0.ruleID, $0.location.pointer) }
        #expect(located.map(\.0) == ["JSON-MALFORMED", "JSON-MALFORMED", "EPCIS-TIME", "INPUT-TOO-LARGE", "JSON-MALFORMED"])
        #expect(located.map(\.1) == ["3", "1234", "2222/eventTime", "2500", "3100"].map { "/epcisBody/eventList/\($0)" })
        for (index, diagnostic) in zip(
            [3, 1234, 2500, 3100], batched.diagnostics.filter { $0.ruleID != "EPCIS-TIME" && $0.ruleID != "EPCIS-TIME-ORDER" })
        {
            let line = try #require(diagnostic.location.line)
            if diagnostic.ruleID == "INPUT-TOO-LARGE" {
                #expect(line == document.line(ofEvent: index))
            } else {
                // The line of the missing colon: within the event.
                #expect(line > document.line(ofEvent: index) && line < document.line(ofEvent: index + 1))
            }
        }
    }

    @Test(arguments: Loop.allCases)
    func batchesLargerThanTheLimitAreReadEventByEvent(loop: Loop) throws {
        // A limit below a batch's span: no batch of several events can be copied whole.
        let bytes = try BigDocument(copies: 20).bytes
        let limit = JSONEventList.batchBytes / 3
        let sequential = Self.read(bytes, limit: limit, windowSize: 4099, parallel: .sequential)
        let batched = Self.read(bytes, limit: limit, windowSize: 4099, parallel: loop.loop)
        #expect(batched.events.count == 67 * 20)
        #expect(batched.events == sequential.events)
        #expect(batched.diagnostics == sequential.diagnostics)
    }

    @Test(arguments: Loop.allCases)
    func aFileFailingHalfwayIsUnreadable(loop: Loop) throws {
        let bytes = try BigDocument(copies: 30).bytes
        let failing = Self.read(bytes, limit: InPlaceJSONReadTests.limit, windowSize: 1 << 20, failAt: bytes.count / 2, parallel: loop.loop)
        #expect(failing.diagnostics.map(\.ruleID) == ["INPUT-UNREADABLE"])
        #expect(failing.diagnostics.first?.message.contains("the disk went away") == true)
    }
}
