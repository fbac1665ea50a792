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
        // 6 passports of 8 files, 3 site files, and the 41 traced events' credentials.
        #expect(sites[0].count == 6 * 8 + 3 + 41)
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
        #expect(seen.last == .started(stage: .publishing, total: nil))
    }
}

/// The progress events a run reported, from any thread.
private final class EventLog: Sendable {
    private let events = Mutex<[ProgressEvent]>([])
    func add(_ event: ProgressEvent) { events.withLock { $0.append(event) } }
    var all: [ProgressEvent] { events.withLock { $0 } }
}
