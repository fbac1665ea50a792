import Diagnostics
import Passport
import TestSupport
import Testing
import Traceability

/// The footprint walk counts each lot once with the amount of every path, and keeps its own
/// stack; a transformation whose event names no process takes its place's process.
@Suite struct FootprintWalkNetworkTests {
    static let dehairingPlant = "https://id.gs1.org/414/9521234000273"

    static func footprint(_ document: [UInt8], of lot: String, calculator: FootprintCalculator) -> (ProductFootprint, [Diagnostic]) {
        let graph = TraceGraph(events: EPCISReader.read(document, source: "network.jsonld").events)
        let result = calculator.footprint(of: graph.trace(LotNetworkEvents.lot(lot)), itemKilograms: nil)
        return (result.footprint, result.diagnostics)
    }

    /// Each kg of N(j) takes 1 kg of A(j) and 1 kg of B(j), each 1 kg of N(j+1): 2^24 kg of the
    /// origin over 2^24 paths (a walk down each path took minutes).
    @Test(.timeLimit(.minutes(1))) func lotsSplitAndJoinedTwentyFourTimesAreCountedOnce() {
        let (footprint, _) = Self.footprint(
            LotNetworkEvents.splitAndJoined(levels: 24), of: "N0", calculator: FootprintCalculator(declarations: []))
        #expect(footprint.rawFibreKilograms == 16_777_216)
        #expect(footprint.undeclaredSteps.map(\.facility) == [Self.dehairingPlant])
    }

    @Test func aChainOfEightThousandTransformationsIsCounted() {
        let (footprint, _) = Self.footprint(LotNetworkEvents.chain(length: 8_000), of: "C0", calculator: FootprintCalculator(declarations: []))
        #expect(footprint.rawFibreKilograms == 1)
        #expect(footprint.undeclaredSteps.count == 1)
    }

    /// The demo catalogue's plant 9521234000273 is a dehairing plant with a 2026 declaration.
    @Test func aStepWithoutAProcessTakesItsPlacesProcessFromTheCatalogue() throws {
        let catalog = try DemoFixtures.catalog()
        let document = LotNetworkEvents.chain(length: 1)
        let (named, _) = Self.footprint(
            document, of: "C0", calculator: FootprintCalculator(declarations: catalog.emissions, facilities: catalog.facilities))
        let dehairing = named.contributions.filter { $0.stage != "herding" }
        #expect(dehairing.map(\.stage) == ["dehairing"])
        #expect(dehairing.map(\.facility) == [Self.dehairingPlant])
        #expect(dehairing.map(\.kilograms) == [1])
        #expect(named.undeclaredSteps.isEmpty)

        let (unnamed, diagnostics) = Self.footprint(document, of: "C0", calculator: FootprintCalculator(declarations: catalog.emissions))
        #expect(unnamed.contributions.allSatisfy { $0.stage == "herding" })
        #expect(unnamed.undeclaredSteps.map(\.facility) == [Self.dehairingPlant])
        #expect(unnamed.undeclaredSteps.map(\.stage) == [nil])
        #expect(diagnostics.contains { $0.message.hasSuffix("(its event records no process, and the catalogue names none for the place)") })
    }
}
