import Testing

@testable import Traceability

/// The textile ILMD fields, typed on the trace's origins and steps, read from XML and JSON-LD alike.
struct TextileILMDTests {
    static func trace(_ name: String) -> Trace {
        let result = EPCISReader.read(SmallChain.bytes(name), source: name)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return TraceGraph(events: result.events).trace(SmallChain.dh1)
    }

    @Test(arguments: ProductionLotTests.syntaxes)
    func originsCarryTheTextileFieldsOfTheirCommissioning(_ name: String) throws {
        let trace = Self.trace(name)
        #expect(trace.diagnostics.isEmpty, "\(trace.diagnostics)")
        #expect(trace.origins.map(\.id) == [SmallChain.hrd2, SmallChain.hrd1])
        let described = trace.origins[0]
        #expect(described.fibre == "cashmere")
        #expect(described.species == "Capra hircus")
        #expect(described.country == "MN" && described.region == "Arkhangai" && described.district == "Tariat")
        #expect(described.producer == SmallChain.herders)
        #expect(described.harvestMethod == "combed")
        #expect(described.certificates == ["https://certs.example.org/HRD-2"])
        let bare = trace.origins[1]
        #expect(bare.country == "MN")
        #expect([bare.fibre, bare.species, bare.region, bare.district, bare.producer, bare.harvestMethod] == [nil, nil, nil, nil, nil, nil])
    }

    @Test(arguments: ProductionLotTests.syntaxes)
    func stepsCarryTheirProcessILMDAndTestMethod(_ name: String) throws {
        let steps = Self.trace(name).steps
        #expect(steps.map { $0.eventID?.suffix(1) } == ["1", "2", "4"])
        #expect(steps.map(\.process) == [nil, nil, "dehairing"])
        #expect(steps.map(\.ilmd.count) == [7, 1, 1])
        #expect(steps.map(\.dataProcessingMethod) == [nil, nil, SmallChain.iwto47])
        #expect(steps[2].sensorReports.map(\.meanValue?.description) == ["15.8"])
    }

    @Test func bothSyntaxesGiveTheSameTrace() {
        #expect(Self.trace("chain.xml") == Self.trace("chain.jsonld"))
    }
}
