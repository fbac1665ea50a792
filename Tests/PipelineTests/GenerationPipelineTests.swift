import Diagnostics
import Foundation
import Passport
import Pipeline
import Synchronization
import TestSupport
import Testing
import Traceability

/// The library entry point of `generate` and `demo`, run on the demo fixtures and on broken copies.
@Suite struct GenerationPipelineTests {
    static let fixtures = DemoFixtures.folder

    /// Every file below `folder` with its bytes.
    static func files(below folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) { files[relative] = data }
        }
        return files
    }

    static func request(_ inputs: GenerationRequest.Inputs, out: URL, jobs: Int = 2) throws -> GenerationRequest {
        GenerationRequest(
            inputs: inputs, baseURL: GenerationRequest.defaultBaseURL, checkDate: GenerationRequest.demoCheckDate,
            output: out, jobs: try #require(JobCount(jobs)))
    }

    @Test func theDemoPublishesSixPassportsWhateverTheJobs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        var sites: [[String: Data]] = []
        for jobs in [1, 2, 7] {
            let out = root.appendingPathComponent("site-\(jobs)")
            let outcome = try GenerationPipeline.run(try Self.request(.demoFixtures, out: out, jobs: jobs))
            #expect(outcome.published?.passportCount == 6)
            #expect(outcome.report.files.map(\.path).first == "inputs")
            #expect(outcome.report.invalidCount == 0)
            sites.append(try Self.files(below: out))
        }
        // 6 passports of 8 files, 3 site files, 5 products' pages in 5 languages, the 41 traced
        // events' credentials, 9 facility records, the resolver's (the linksets of 6 lots and 5
        // products, and the description file) and the publication manifest.
        #expect(sites[0].count == 6 * 8 + 3 + 5 * 5 + 41 + 9 + 6 + 5 + 1 + 1)
        #expect(sites[0].keys.filter { $0.hasPrefix("facilities/") }.count == 9)
        #expect(sites[0] == sites[1] && sites[1] == sites[2])
        // Only the output folders: no staging folder is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["site-1", "site-2", "site-7"])
    }

    @Test func filesGiveTheSameSiteAsTheEmbeddedFixtures() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        _ = try GenerationPipeline.run(try Self.request(.demoFixtures, out: root.appendingPathComponent("demo")))
        let files = GenerationRequest.Inputs.files(
            catalog: Self.fixtures.appendingPathComponent("catalog.json").path,
            events: [Self.fixtures.appendingPathComponent("events.xml").path])
        _ = try GenerationPipeline.run(try Self.request(files, out: root.appendingPathComponent("files")))
        var demo = try Self.files(below: root.appendingPathComponent("demo"))
        var fromFiles = try Self.files(below: root.appendingPathComponent("files"))
        // The run report names the input files; everything else is the same.
        #expect(demo.removeValue(forKey: "report.json") != nil && fromFiles.removeValue(forKey: "report.json") != nil)
        #expect(demo == fromFiles)
    }

    @Test func aPassportWithAnErrorStopsPublishingAndKeepsThePreviousSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let out = root.appendingPathComponent("site")
        _ = try GenerationPipeline.run(try Self.request(.demoFixtures, out: out))
        let before = try Self.files(below: out)
        // The sweater's HS code moved to handbags: an ESPR error on its two lots.
        var catalog = try String(contentsOf: Self.fixtures.appendingPathComponent("catalog.json"), encoding: .utf8)
        catalog = catalog.replacingOccurrences(of: "\"hsCode\": \"611012\"", with: "\"hsCode\": \"420221\"")
        let catalogPath = root.appendingPathComponent("catalog.json")
        try Data(catalog.utf8).write(to: catalogPath)
        let inputs = GenerationRequest.Inputs.files(catalog: catalogPath.path, events: [Self.fixtures.appendingPathComponent("events.jsonld").path])
        let outcome = try GenerationPipeline.run(try Self.request(inputs, out: out))
        #expect(outcome.published == nil)
        let errors = outcome.report.files.flatMap(\.diagnostics).filter { $0.severity == .error }.map(\.ruleID)
        #expect(errors == ["ESPR-COMMODITY-CODE", "ESPR-COMMODITY-CODE"])
        // Every passport is still checked and reported.
        #expect(outcome.report.files.count == 7)
        #expect(try Self.files(below: out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["catalog.json", "site"])
    }

    // MARK: - Traceability events

    /// The demo fixtures with the 33rd event, the fibre test of DH-C-2026-01 (eventID …022,
    /// recorded after the dehairing, …021, the 32nd, and the 19 events of 2025), changed by `change`, written below `root`.
    static func demoWithFibreTest(changedBy change: (inout [String: Any]) -> Void, below root: URL) throws -> GenerationRequest.Inputs {
        try demoWithEvents(
            changedBy: { events in
                #expect(events[32]["eventID"] as? String == "urn:uuid:5c0a7e10-2026-4d00-9b00-000000000022")
                change(&events[32])
            }, below: root)
    }

    /// The demo fixtures with their list of events changed by `change`, written below `root`.
    static func demoWithEvents(changedBy change: (inout [[String: Any]]) -> Void, below root: URL) throws -> GenerationRequest.Inputs {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("events.jsonld"))
        var document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var body = try #require(document["epcisBody"] as? [String: Any])
        var events = try #require(body["eventList"] as? [[String: Any]])
        change(&events)
        body["eventList"] = events
        document["epcisBody"] = body
        let path = root.appendingPathComponent("events.jsonld")
        try JSONSerialization.data(withJSONObject: document).write(to: path)
        return .files(catalog: fixtures.appendingPathComponent("catalog.json").path, events: [path.path])
    }

    @Test func twoDifferentEventsWithOneEventIDStopPublishing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.demoWithFibreTest(changedBy: { $0["eventID"] = "urn:uuid:5c0a7e10-2026-4d00-9b00-000000000021" }, below: folder.url)
        let outcome = try GenerationPipeline.run(try Self.request(inputs, out: folder.url.appendingPathComponent("site")))
        #expect(outcome.published == nil)
        let errors = outcome.report.files.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["DTE-SHARED-PATH"])
        #expect(errors.first?.location.pointer == "/epcisBody/eventList/32")
        #expect(errors.first?.message.contains("/epcisBody/eventList/31") == true)
        #expect(errors.first?.message.contains("https://dpp.example.com/events/5c0a7e10-2026-4d00-9b00-000000000021.jsonld") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site").path))
    }

    /// Three events with one `eventID` and two with another: each later one is reported, in the
    /// order of the events, against the first at its path.
    @Test func everyLaterEventAtAPathIsReportedAgainstTheFirstInTheOrderOfTheEvents() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let id = "urn:uuid:5c0a7e10-2026-4d00-9b00-0000000000"
        let inputs = try Self.demoWithEvents(
            changedBy: { events in
                #expect([31, 32, 34, 35, 40].map { events[$0]["eventID"] as? String } == ["21", "22", "23", "24", "26"].map { id + $0 })
                events[40]["eventID"] = id + "23"
                events[35]["eventID"] = id + "21"
                events[32]["eventID"] = id + "21"
            }, below: folder.url)
        let outcome = try GenerationPipeline.run(try Self.request(inputs, out: folder.url.appendingPathComponent("site")))
        #expect(outcome.published == nil)
        let errors = outcome.report.files.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["DTE-SHARED-PATH", "DTE-SHARED-PATH", "DTE-SHARED-PATH"])
        #expect(errors.map(\.location.pointer) == ["/epcisBody/eventList/32", "/epcisBody/eventList/35", "/epcisBody/eventList/40"])
        #expect(errors.map { $0.message.contains("/epcisBody/eventList/31 ") } == [true, true, false])
        #expect(errors.last?.message.contains("/epcisBody/eventList/34 ") == true)
    }

    /// An event given twice, the same both times (as in two files), is one event: published
    /// once, one line in the manifest, no error.
    @Test func anEventGivenTwiceTheSameIsPublishedOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.demoWithEvents(changedBy: { $0.append($0[31]) }, below: folder.url)
        let out = folder.url.appendingPathComponent("site")
        let outcome = try GenerationPipeline.run(try Self.request(inputs, out: out))
        #expect(outcome.report.files.flatMap(\.diagnostics).filter { $0.severity == .error }.isEmpty)
        #expect(outcome.published != nil)
        let manifest = try String(contentsOf: out.appendingPathComponent("publication-manifest.txt"), encoding: .utf8)
        // A line's second field is its output's key.
        let keys = manifest.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().first }
        #expect(keys.filter { $0 == "events/5c0a7e10-2026-4d00-9b00-000000000021.jsonld" }.count == 1)
        #expect(keys.count > 30)
    }

    @Test func aTracedEventWithNoPlaceStopsPublishing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.demoWithFibreTest(changedBy: { $0["readPoint"] = nil }, below: folder.url)
        let outcome = try GenerationPipeline.run(try Self.request(inputs, out: folder.url.appendingPathComponent("site")))
        #expect(outcome.published == nil)
        let errors = outcome.report.files.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["DTE-NO-PLACE"])
        #expect(errors.first?.location.pointer == "/epcisBody/eventList/32")
    }

    @Test func aTracedEventWithoutEventIDIsPublishedUnderItsContentWithAWarning() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.demoWithFibreTest(changedBy: { $0["eventID"] = nil }, below: folder.url)
        let out = folder.url.appendingPathComponent("site")
        let outcome = try GenerationPipeline.run(try Self.request(inputs, out: out))
        #expect(outcome.published?.passportCount == 6)
        let warnings = outcome.report.files.flatMap(\.diagnostics).filter { $0.ruleID.hasPrefix("DTE-") }
        #expect(warnings.map(\.ruleID) == ["DTE-NO-EVENT-ID"])
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.location.pointer == "/epcisBody/eventList/32")
        let events = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("events").path)
        #expect(events.count == 41)
        #expect(!events.contains("5c0a7e10-2026-4d00-9b00-000000000022.jsonld"))
        let named = try #require(events.first { $0.hasPrefix("content-") })
        #expect(warnings.first?.message.contains("https://dpp.example.com/events/\(named)") == true)
    }

    /// The same events in XML and in JSON-LD: each event is one event, published once, without a diagnostic.
    @Test func anEventGivenInTwoFilesIsPublishedOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("site")
        let inputs = GenerationRequest.Inputs.files(
            catalog: Self.fixtures.appendingPathComponent("catalog.json").path,
            events: ["events.jsonld", "events.xml"].map { Self.fixtures.appendingPathComponent($0).path })
        let outcome = try GenerationPipeline.run(try Self.request(inputs, out: out))
        #expect(outcome.published?.passportCount == 6)
        #expect(outcome.report.files.flatMap(\.diagnostics).filter { $0.ruleID.hasPrefix("DTE-") }.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("events").path).count == 41)
    }

    @Test func anUnreadableEventsFileThrowsBeforeAnythingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let inputs = GenerationRequest.Inputs.files(
            catalog: Self.fixtures.appendingPathComponent("catalog.json").path,
            events: [root.appendingPathComponent("missing.xml").path])
        #expect {
            try GenerationPipeline.run(try Self.request(inputs, out: root.appendingPathComponent("site")))
        } throws: { error in
            (error as? InputFailure)?.diagnostic.ruleID == "INPUT-UNREADABLE" && (error as? InputFailure)?.diagnostic.kind == .unreadable
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test func progressCountsEveryPassport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url
        let events = EventLog()
        _ = try GenerationPipeline.run(
            try Self.request(.demoFixtures, out: root.appendingPathComponent("site")), progress: ProgressSink { events.add($0) })
        let seen = events.all
        #expect(seen.contains(.started(stage: .generating, total: 6)))
        #expect(seen.filter { $0 == .passportDone }.count == 6)
        let stages = seen.compactMap { event -> ProgressStage? in
            guard case .started(let stage, _) = event else { return nil }
            return stage
        }
        #expect(stages == [.readingEvents, .indexing, .generating, .publishing, .publishingSite, .swapping])
    }
}

/// The progress events a run reported, from any thread.
private final class EventLog: Sendable {
    private let events = Mutex<[ProgressEvent]>([])
    func add(_ event: ProgressEvent) { events.withLock { $0.append(event) } }
    var all: [ProgressEvent] { events.withLock { $0 } }
}
