import Diagnostics
import Foundation
import JSONCore
import Passport
import Pipeline
import TestSupport
import Testing
import Traceability

/// The facility records a generation run publishes beside the passports, and the links the passports' origins can carry to them.
extension GenerationPipelineTests {
    @Test func everyOriginOfEveryPassportLinksToAFacilityRecordOfTheSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("site")
        let outcome = try GenerationPipeline.run(try Self.request(.demoFixtures, out: out))
        #expect(outcome.published != nil)
        let sink = DiagnosticSink()
        let catalog = try #require(CatalogReader.read(try DemoFixtures.bytes("catalog.json"), file: "catalog.json", sink: sink))
        let graph = TraceGraph(events: EPCISReader.read(try DemoFixtures.bytes("events.jsonld"), source: "events.jsonld").events)
        let baseURL = GenerationRequest.defaultBaseURL
        let links = FacilityRecordLinks(catalog: catalog, baseURL: baseURL)
        var linked: Set<String> = []
        for assembly in PassportGenerator(catalog: catalog, graph: graph, baseURL: baseURL).assembleAll() {
            for origin in try #require(assembly.assembled).passport.origins {
                let url = try #require(links.url(for: origin), "\(origin.lotID ?? "")")
                #expect(url.hasPrefix(baseURL + "/facilities/"))
                let file = out.appendingPathComponent(String(url.dropFirst(baseURL.count + 1)))
                let document = try JSONParser().parse(Array(try Data(contentsOf: file)))
                #expect(document["id"]?.stringValue == url)
                linked.insert(url)
            }
        }
        // Five cooperatives and the silk supplier; the manufacturer's facilities are no origin's.
        #expect(linked.count == 6)
    }

    /// The demo catalogue gives every facility's address and coordinates: the records lack nothing.
    /// The one note is the silk supplier's, which declares no emissions.
    @Test func theReportHasNoWarningOnTheDemoRecords() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = try GenerationPipeline.run(try Self.request(.demoFixtures, out: folder.url.appendingPathComponent("site")))
        let inputs = try #require(outcome.report.files.first { $0.path == "inputs" })
        #expect(inputs.diagnostics.map(\.ruleID) == ["FOOTPRINT-NOT-DECLARED"])
        #expect(inputs.diagnostics.allSatisfy { $0.severity == .note && $0.message.contains("9524321000170") })
        #expect(outcome.report.invalidCount == 0)
    }
}
