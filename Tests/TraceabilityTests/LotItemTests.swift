import Testing

@testable import Traceability

/// The items the events name under each lot, by the forms EPCIS records them in.
struct LotItemTests {
    static let lot = "https://id.gs1.org/01/09521234000358/10/L-1"

    /// An EPCIS document commissioning `epcs` with `ilmd` (JSON object members).
    static func graph(epcs: [String], ilmd: String) -> TraceGraph {
        let list = epcs.map { "\"\($0)\"" }.joined(separator: ",")
        let text = """
            {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
             "schemaVersion": "2.0", "creationDate": "2026-09-01T00:00:00Z", "epcisBody": {"eventList": [
              {"type": "ObjectEvent", "eventTime": "2026-08-14T09:00:00Z", "eventTimeZoneOffset": "+08:00", "action": "ADD",
               "bizStep": "commissioning", "epcList": [\(list)], "ilmd": {\(ilmd)}}]}}
            """
        let result = EPCISReader.read(Array(text.utf8), source: "items.jsonld")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return TraceGraph(events: result.events)
    }

    @Test func itemsNamedWithTheirLotOrBySerialWithTheLotInTheILMDBelongToTheLot() {
        let graph = Self.graph(
            epcs: [
                "https://id.gs1.org/01/09521234000358/10/L-1/21/B", "https://id.gs1.org/01/09521234000358/21/A",
                "urn:epc:id:sgtin:9521234.000035.C", "https://id.gs1.org/01/09521234000358/10/L-2/21/D",
            ],
            ilmd: "\"cbvmda:lotNumber\": \"L-1\"")
        // D names its own lot, L-2, which the ILMD does not override.
        #expect(graph.itemsByLot() == [Self.lot: ["A", "B", "C"], "https://id.gs1.org/01/09521234000358/10/L-2": ["D"]])
    }

    @Test func aSerialWithoutALotAnywhereBelongsToNoLot() {
        let graph = Self.graph(epcs: ["https://id.gs1.org/01/09521234000358/21/A"], ilmd: "\"cbvmda:countryOfOrigin\": \"MN\"")
        #expect(graph.itemsByLot().isEmpty)
    }
}
