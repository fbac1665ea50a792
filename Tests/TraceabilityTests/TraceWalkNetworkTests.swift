import TestSupport
import Testing

@testable import Traceability

/// The trace walk sums the shares of every path without following each path, and keeps its own
/// stack: lots split and joined again, or a very long chain, are traced at once.
struct TraceWalkNetworkTests {
    static func trace(_ document: [UInt8], from lot: String) -> Trace {
        let result = EPCISReader.read(document, source: "network.jsonld")
        return TraceGraph(events: result.events).trace(LotNetworkEvents.lot(lot))
    }

    /// 2^24 paths lead to the origin (a walk down each path took minutes): each level halves a
    /// share into A and B, which join again.
    @Test(.timeLimit(.minutes(1))) func lotsSplitAndJoinedTwentyFourTimesTraceTheirWholeMassToTheOrigin() {
        let trace = Self.trace(LotNetworkEvents.splitAndJoined(levels: 24), from: "N0")
        #expect(trace.origins.map(\.id) == [LotNetworkEvents.lot("N24")])
        #expect(trace.origins.first?.massFraction == 1)
        #expect(trace.tracedMassFraction == 1)
        // Every transformation and the commissioning, each once.
        #expect(trace.steps.count == 3 * 24 + 1)
        #expect(trace.diagnostics.map(\.ruleID) == ["TRACE-ORIGIN-UNCERTIFIED"])
    }

    /// N0 is 30 kg of A and 10 kg of B; A is made of O, B of 10 kg of O and 30 kg of X. O gets
    /// 3/4 by A and 1/4 × 1/4 by B: 13/16; X 1/4 × 3/4 = 3/16 (exact in binary).
    @Test func theSharesOfSeveralPathsAreSummed() {
        let document = LotNetworkEvents.network(
            [([("A", 30), ("B", 10)], "N0"), ([("O", 10)], "A"), ([("O", 10), ("X", 30)], "B")], origins: ["O", "X"])
        let trace = Self.trace(document, from: "N0")
        #expect(trace.origins.map(\.id) == [LotNetworkEvents.lot("O"), LotNetworkEvents.lot("X")])
        #expect(trace.origins.map(\.massFraction) == [0.8125, 0.1875])
        #expect(trace.steps.count == 5)
    }

    /// Deeper than a recursive walk's stack: the walk crashed beyond some 4,000 transformations on
    /// a main thread, fewer on a worker's.
    @Test func aChainOfEightThousandTransformationsIsTraced() {
        let trace = Self.trace(LotNetworkEvents.chain(length: 8_000), from: "C0")
        #expect(trace.origins.map(\.id) == [LotNetworkEvents.lot("C8000")])
        #expect(trace.origins.first?.massFraction == 1)
        #expect(trace.steps.count == 8_001)
    }
}
