import Foundation
import TestSupport
import Testing
import Traceability

@testable import Pipeline

/// The events of the lots' traces, gathered from several threads, come out each once and in the
/// graph's order.
struct TracedEventsTests {
    @Test func theEventsOfEveryTraceComeOutOnceInOrder() {
        // Numbers at both ends of a 64-bit word and beyond, each in several traces.
        var generator = SeededGenerator(seed: 11)
        let numbers = [0, 1, 63, 64, 65, 127, 128, 4_095, 4_096, 70_001] + (0..<2_000).map { _ in Int.random(in: 0..<100_000, using: &generator) }
        let traces = (0..<400).map { trace in (0..<15).map { numbers[(trace * 37 + $0 * 101) % numbers.count] } }
        let traced = TraceabilityEventPublication.TracedEvents()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for trace in stride(from: thread, to: traces.count, by: 4) { traced.insert(traces[trace].map(TraceGraph.EventNumber.init(position:))) }
        }
        let expected = Set(traces.joined()).sorted()
        #expect(traced.sorted.map(\.position) == expected)
        #expect(expected.contains(0) && expected.contains(64) && expected.contains(70_001))
    }

    @Test func noTraceNoEvent() {
        #expect(TraceabilityEventPublication.TracedEvents().sorted.isEmpty)
    }
}
