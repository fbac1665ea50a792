import Diagnostics
import TestSupport
import Testing

@testable import Traceability

/// The walk back from an item to its origin lots, on GS1's worked cashmere chain and on small chains made here.
struct TraceGraphTests {
    static let chain = "synthesized/cashmere-chain.epcis.jsonld"

    static func graph(_ path: String) throws -> TraceGraph {
        let result = EPCISReader.read(try ReferenceFolder.gs1.bytes(path), source: path)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return TraceGraph(events: result.events)
    }

    @Test(
        .requiring(.gs1, otherwise: "the worked cashmere chain is not traced"),
        arguments: ["CSW-000001", "CSW-000002", "CSW-000003"])
    func sweaterTracesToHerderLotThroughBothDehairedLots(_ serial: String) throws {
        let trace = try Self.graph(Self.chain).trace("https://id.gs1.org/01/09521234500018/21/\(serial)")
        // By hand: the sweater is knitted from yarn YRN-2025-0311 alone (0.96 kg in, share 1).
        // The yarn is spun from 200 kg of DH-2025-0107 and 40 kg of DH-2025-0111: shares
        // 200/240 = 5/6 and 40/240 = 1/6. DH-2025-0107 is dehaired from 418.5 kg of herder lot
        // HRD-2025-0042 alone, so that lot carries 5/6. No event records where DH-2025-0111 came from.
        #expect(trace.id == "https://id.gs1.org/01/09521234500018/21/\(serial)")
        #expect(trace.origins.count == 1)
        let herder = try #require(trace.origins.first)
        #expect(herder.id == "https://id.gs1.org/01/09521234000013/10/HRD-2025-0042")
        #expect(abs(herder.massFraction - 5.0 / 6.0) < 1e-12)
        #expect(abs(trace.tracedMassFraction - 5.0 / 6.0) < 1e-12)
        #expect(herder.country == "MN")
        #expect(herder.region == "Bayankhongor aimag")
        #expect(herder.location == "https://id.gs1.org/414/9521234000013")
        #expect(herder.party == "https://id.gs1.org/417/9521234000013")
        #expect(herder.certificates == ["https://certs.example.org/animal-welfare/AW-2025-0042"])
        let missing = trace.diagnostics.filter { $0.ruleID == "TRACE-NO-ORIGIN" }
        #expect(missing.count == 1 && missing[0].message.contains("DH-2025-0111"))
        // Commissioning, shipping, receiving, dehairing, inspection, spinning, knitting; oldest first.
        #expect(trace.steps.map { $0.eventID.map { String($0.suffix(2)) } } == ["01", "02", "03", "04", "05", "06", "07"])
        let inspection = try #require(trace.steps.first { $0.bizStep == "inspecting" })
        #expect(inspection.sensorReports.first?.value?.description == "15.6")
        #expect(inspection.sensorReports.first?.uom == "4H")
    }

    @Test(.requiring(.gs1, otherwise: "the worked cashmere chain is not traced"))
    func cartonTracesThroughItsPackedSweaters() throws {
        let graph = try Self.graph(Self.chain)
        let carton = graph.trace("https://id.gs1.org/00/095212340000000013")
        let sweater = graph.trace("https://id.gs1.org/01/09521234500018/21/CSW-000002")
        #expect(carton.origins == sweater.origins)
        #expect(carton.steps.map(\.bizStep).suffix(2) == ["packing", "shipping"])
    }

    @Test(.requiring(.gs1, otherwise: "identifiers of the worked cashmere chain are not compared"))
    func epcURNAndOtherDomainFindTheSameItem() throws {
        let graph = try Self.graph(Self.chain)
        let byLink = graph.trace("https://id.gs1.org/01/09521234200017/10/YRN-2025-0311")
        let byURN = graph.trace("urn:epc:class:lgtin:9521234.020001.YRN-2025-0311")
        let byOtherDomain = graph.trace("https://brand.example.com/01/09521234200017/10/YRN-2025-0311?linkType=all")
        #expect(byLink.origins.count == 1)
        #expect(byURN == byLink)
        #expect(byOtherDomain == byLink)
    }

    // MARK: Flags, on small chains

    /// A JSON-LD document holding `events` (JSON objects without the common boilerplate).
    static func document(_ events: [String]) -> [UInt8] {
        let body = events.map { event in
            "{\"eventTimeZoneOffset\": \"+08:00\", \"readPoint\": {\"id\": \"https://id.gs1.org/414/9521234000020\"}, \(event)}"
        }.joined(separator: ",\n")
        let text = """
            {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld", {"ex": "https://example.org/"}],
             "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-01-01T00:00:00Z",
             "epcisBody": {"eventList": [\(body)]}}
            """
        return Array(text.utf8)
    }

    static func lot(_ gtinSuffix: String, _ lot: String) -> String { "https://id.gs1.org/01/0952123400\(gtinSuffix)/10/\(lot)" }
    static let herderA = lot("0013", "A"), herderB = lot("0013", "B"), fibre = lot("1010", "F"), yarn = lot("2017", "Y")

    static func commission(_ lot: String, kg: Int, certified: Bool = true, time: String = "2026-01-01T00:00:00Z") -> String {
        let certificate = certified ? "\"certificationInfo\": \"https://certs.example.org/\(lot.suffix(1))\"," : ""
        return """
            "type": "ObjectEvent", "eventTime": "\(time)", "action": "ADD", "bizStep": "commissioning", \(certificate)
            "quantityList": [{"epcClass": "\(lot)", "quantity": \(kg), "uom": "KGM"}],
            "ilmd": {"cbvmda:countryOfOrigin": "MN", "ex:aimag": "Arkhangai"}
            """
    }

    static func transform(_ inputs: [(String, String)], _ output: String, kg: String, time: String) -> String {
        let list = inputs.map { "{\"epcClass\": \"\($0.0)\", \"quantity\": \($0.1), \"uom\": \"KGM\"}" }.joined(separator: ",")
        return """
            "type": "TransformationEvent", "eventTime": "\(time)", "bizStep": "commissioning",
            "inputQuantityList": [\(list)], "outputQuantityList": [{"epcClass": "\(output)", "quantity": \(kg), "uom": "KGM"}]
            """
    }

    @Test(.requiring(.gs1, otherwise: "the worked cashmere chain is not traced"))
    func eventsSplitOverDocumentsTraceAsOneList() throws {
        let result = EPCISReader.read(try ReferenceFolder.gs1.bytes(Self.chain), source: Self.chain)
        let events = result.events
        #expect(events.count > 6)
        // Uneven pieces, one of them empty: event numbers must run on across them.
        let documents = [Array(events[..<2]), [], Array(events[2..<5]), Array(events[5...])]
        for serial in ["CSW-000001", "CSW-000003"] {
            let id = "https://id.gs1.org/01/09521234500018/21/\(serial)"
            let whole = TraceGraph(events: events).trace(id)
            let split = TraceGraph(documents: documents.map(EventRecords.init)).trace(id)
            #expect(!whole.origins.isEmpty && !whole.steps.isEmpty)
            #expect(split == whole)
        }
    }

    /// Each role lists its events of an identifier in document order, numbered across the
    /// documents; an identifier named in two documents is one identifier, and a transformation's
    /// inputs take no role.
    @Test(arguments: [nil] + ParallelJSONReadTests.Loop.allCases)
    func rolesListTheirEventsAcrossDocuments(loop: ParallelJSONReadTests.Loop?) {
        func records(_ events: [String]) -> EventRecords {
            let result = EPCISReader.read(Self.document(events), source: "chain.jsonld")
            #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
            return EventRecords(result.events)
        }
        let graph = TraceGraph(
            documents: [
                records([Self.commission(Self.herderA, kg: 10), Self.commission(Self.herderB, kg: 5)]),
                records([
                    Self.commission(Self.herderA, kg: 3),
                    Self.transform([(Self.herderA, "13"), (Self.herderB, "5")], Self.fibre, kg: "17", time: "2026-02-01T00:00:00Z"),
                ]),
            ], parallel: loop?.loop ?? .sequential)
        #expect(Array(graph.commissions[graph.number(of: Self.herderA)]) == [0, 2])
        #expect(Array(graph.commissions[graph.number(of: Self.herderB)]) == [1])
        #expect(Array(graph.producers[graph.number(of: Self.fibre)]) == [3])
        #expect(graph.producers[graph.number(of: Self.herderA)].isEmpty && graph.commissions[graph.number(of: Self.fibre)].isEmpty)
        #expect(graph.observations[graph.number(of: Self.herderA)].isEmpty && graph.packings[graph.number(of: Self.herderA)].isEmpty)
        #expect(graph.isKnown(Self.fibre) && !graph.isKnown(Self.yarn))
        #expect(graph.identifiers(startingWith: "https://id.gs1.org/01/09521234000013/").sorted() == [Self.herderA, Self.herderB])
        #expect(graph.producers[graph.number(of: Self.yarn)].isEmpty)
    }

    /// Documents indexed on several threads, each into a table of its own, and joined: the
    /// identifiers numbered and every role's events listed as one walk over all the events
    /// lists them, whatever order the documents are indexed in.
    @Test(arguments: ParallelJSONReadTests.Loop.allCases)
    func documentsIndexedAtOnceMakeTheGraphOfOneWalk(loop: ParallelJSONReadTests.Loop) {
        let events = EventRecordsTests.events(700)
        // Uneven documents, one empty; lots named in one document are named again in others.
        let cuts = [0, 5, 5, 130, 131, 400, 640, 700]
        let documents = zip(cuts, cuts.dropFirst()).map { EventRecords(Array(events[$0..<$1])) }
        let whole = TraceGraph(events: events)
        let joined = TraceGraph(documents: documents, parallel: loop.loop)
        func identifiers(_ graph: TraceGraph) -> [String] {
            var identifiers: [String] = []
            graph.forEachIdentifier { number, bytes in
                #expect(number == identifiers.count)
                identifiers.append(String(decoding: bytes, as: UTF8.self))
            }
            return identifiers
        }
        let numbered = identifiers(whole)
        #expect(numbered.count > 700)
        #expect(identifiers(joined) == numbered)
        for number in numbered.indices {
            #expect(Array(joined.producers[number]) == Array(whole.producers[number]))
            #expect(Array(joined.commissions[number]) == Array(whole.commissions[number]))
            #expect(Array(joined.packings[number]) == Array(whole.packings[number]))
            #expect(Array(joined.observations[number]) == Array(whole.observations[number]))
        }
        #expect(whole.observations.allEvents.count > 500 && whole.commissions.allEvents.count > 100 && whole.producers.allEvents.count > 50)
    }

    static func trace(_ events: [String], _ id: String) -> Trace {
        let result = EPCISReader.read(document(events), source: "chain.jsonld")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return TraceGraph(events: result.events).trace(id)
    }

    @Test func blendsMultiplyThroughEveryStep() {
        // Fibre F = 30 kg of A + 10 kg of B (3/4, 1/4); yarn Y = 20 kg of F + 20 kg of A (1/2, 1/2).
        // A: 1/2 + 1/2 × 3/4 = 7/8; B: 1/2 × 1/4 = 1/8.
        let trace = Self.trace(
            [
                Self.commission(Self.herderA, kg: 100), Self.commission(Self.herderB, kg: 50),
                Self.transform([(Self.herderA, "30"), (Self.herderB, "10")], Self.fibre, kg: "20", time: "2026-02-01T00:00:00Z"),
                Self.transform([(Self.fibre, "20"), (Self.herderA, "20")], Self.yarn, kg: "38", time: "2026-03-01T00:00:00Z"),
            ], Self.yarn)
        #expect(trace.origins.map(\.id) == [Self.herderA, Self.herderB])
        #expect(trace.origins.map(\.massFraction) == [7.0 / 8.0, 1.0 / 8.0])
        #expect(trace.tracedMassFraction == 1)
        #expect(trace.origins[0].region == "Arkhangai" && trace.origins[0].country == "MN")
        #expect(trace.diagnostics.isEmpty, "\(trace.diagnostics)")
    }

    @Test func massOutExceedingMassInIsFlagged() {
        let trace = Self.trace(
            [Self.commission(Self.herderA, kg: 10), Self.transform([(Self.herderA, "10")], Self.fibre, kg: "12", time: "2026-02-01T00:00:00Z")],
            Self.fibre)
        #expect(trace.diagnostics.map(\.ruleID) == ["TRACE-MASS-GAIN"])
        #expect(trace.origins.map(\.massFraction) == [1])
    }

    @Test func cycleIsFlaggedAndTheWalkEnds() {
        let trace = Self.trace(
            [
                Self.transform([(Self.yarn, "10")], Self.fibre, kg: "9", time: "2026-02-01T00:00:00Z"),
                Self.transform([(Self.fibre, "9")], Self.yarn, kg: "8", time: "2026-03-01T00:00:00Z"),
            ], Self.yarn)
        #expect(trace.diagnostics.map(\.ruleID) == ["TRACE-CYCLE"])
        #expect(trace.origins.isEmpty && trace.tracedMassFraction == 0)
    }

    @Test func inputWithoutOriginIsFlagged() {
        let trace = Self.trace(
            [
                Self.commission(Self.herderA, kg: 10),
                Self.transform([(Self.herderA, "6"), (Self.herderB, "2")], Self.fibre, kg: "4", time: "2026-02-01T00:00:00Z"),
            ], Self.fibre)
        #expect(trace.diagnostics.map(\.ruleID) == ["TRACE-NO-ORIGIN"])
        #expect(trace.origins.map(\.massFraction) == [0.75])
        #expect(trace.tracedMassFraction == 0.75)
    }

    @Test func productWithoutLotIsAClassMatch() {
        let product = "https://id.gs1.org/01/09521234000013"
        let trace = Self.trace(
            [
                Self.commission(Self.herderA, kg: 10), Self.commission(Self.herderB, kg: 10),
                Self.transform([(product, "5")], Self.fibre, kg: "4", time: "2026-02-01T00:00:00Z"),
            ], Self.fibre)
        #expect(trace.diagnostics.map(\.ruleID) == ["TRACE-CLASS-MATCH"])
        #expect(trace.diagnostics.first?.message.contains("any of 2 lots") == true)
        #expect(trace.origins.isEmpty)
    }

    @Test func originWithoutCertificateIsFlagged() {
        let trace = Self.trace(
            [
                Self.commission(Self.herderA, kg: 10, certified: false),
                Self.transform([(Self.herderA, "10")], Self.fibre, kg: "5", time: "2026-02-01T00:00:00Z"),
            ], Self.fibre)
        #expect(trace.diagnostics.map(\.ruleID) == ["TRACE-ORIGIN-UNCERTIFIED"])
        #expect(trace.origins.first?.certificates == [])
    }

    @Test func uncertifiedOriginsAreReportedInTheOriginsOrderEveryTime() {
        // Six uncertified herder lots blended in unequal parts: the origins are ordered by share
        // (then by lot), and so are their findings, whatever order a dictionary would give.
        let lots = ["A", "B", "C", "D", "E", "F"].map { Self.lot("0013", $0) }
        let events = lots.map { Self.commission($0, kg: 10, certified: false) }
        let inputs = lots.enumerated().map { ($0.element, String($0.offset % 3 + 1)) }
        let trace = Self.trace(events + [Self.transform(inputs, Self.fibre, kg: "5", time: "2026-02-01T00:00:00Z")], Self.fibre)
        // Shares 3, 3, 2, 2, 1, 1 of 12: C and F first (3), then B, E (2), then A, D (1).
        #expect(trace.origins.map { String($0.id.suffix(1)) } == ["C", "F", "B", "E", "A", "D"])
        let reported = trace.diagnostics.filter { $0.ruleID == "TRACE-ORIGIN-UNCERTIFIED" }.map { $0.message }
        #expect(reported == trace.origins.map { "origin lot \($0.id) has no certificate (no certificationInfo, no certificate in its ILMD)" })
    }

    @Test func unknownIdentifierIsAnError() {
        let trace = Self.trace([Self.commission(Self.herderA, kg: 10)], Self.yarn)
        #expect(trace.diagnostics.map(\.ruleID) == ["TRACE-UNKNOWN-ID"])
        #expect(trace.diagnostics.hasErrors)
    }
}
