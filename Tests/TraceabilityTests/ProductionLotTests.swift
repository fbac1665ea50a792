import GS1
import Testing

@testable import Traceability

/// The lots the trace graph says the events produce, read from XML and JSON-LD alike.
struct ProductionLotTests {
    static let syntaxes = ["chain.jsonld", "chain.xml"]

    static func events(_ name: String) -> [EPCISEvent] {
        let result = EPCISReader.read(SmallChain.bytes(name), source: name)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result.events
    }

    @Test(arguments: syntaxes)
    func lotsAddedByAnObjectEventWhateverItsBusinessStepAreProduced(_ name: String) throws {
        let lots = TraceGraph(events: Self.events(name)).productionLots(of: [try GTIN(SmallChain.herderGTIN)])[try GTIN(SmallChain.herderGTIN)] ?? []
        // HRD-2 is added with creating_class_instance, HRD-1 (an event later) with no step; the item S-1 is not a lot.
        #expect(
            lots == [
                ProductionLot(id: SmallChain.hrd1, lot: "HRD-1", producedAt: EPCISTime("2026-04-02T03:00:00Z")!, location: SmallChain.camp),
                ProductionLot(id: SmallChain.hrd2, lot: "HRD-2", producedAt: EPCISTime("2026-04-01T03:00:00Z")!, location: SmallChain.pasture),
            ])
    }

    @Test(arguments: syntaxes)
    func aTransformationOutputIsProducedByItsFirstProducingEvent(_ name: String) throws {
        let graph = TraceGraph(events: Self.events(name))
        // DH-1 is made by the transformation, then added again elsewhere: the transformation says when and where.
        let both: Set = [try GTIN(SmallChain.herderGTIN), try GTIN(SmallChain.dehairedGTIN)]
        #expect(
            (graph.productionLots(of: both)[try GTIN(SmallChain.dehairedGTIN)] ?? []) == [
                ProductionLot(id: SmallChain.dh1, lot: "DH-1", producedAt: EPCISTime("2026-05-01T03:00:00Z")!, location: SmallChain.plant)
            ])
        #expect(graph.productionLots(of: both).keys.count == 2)
        #expect(graph.productionLots(of: [try GTIN("09521234002017")]).isEmpty)
        // A product not asked for is left out.
        #expect(graph.productionLots(of: [try GTIN(SmallChain.dehairedGTIN)]).keys.map(\.gtin14) == [SmallChain.dehairedGTIN])
    }

    @Test func theFirstProducingEventIsFirstInTheOrderTheDocumentsAreGiven() throws {
        let events = Self.events("chain.jsonld")
        let graph = TraceGraph(documents: [EventRecords(Array(events[4...])), EventRecords(Array(events[..<4]))])
        let lots = graph.productionLots(of: [try GTIN(SmallChain.dehairedGTIN)])[try GTIN(SmallChain.dehairedGTIN)] ?? []
        #expect(lots.map(\.producedAt) == [EPCISTime("2026-06-01T03:00:00Z")!])
        #expect(lots.map(\.location) == [SmallChain.camp])
    }
}
