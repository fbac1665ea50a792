import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp trace`, run as a user would.
@Suite struct TraceCommandTests {
    static let events = DemoFixtures.file("events.xml").path
    static let beanie = "https://id.gs1.org/01/09521234000358/10/KC-BN-2026-001"

    @Test func jsonFormHasOriginsWithSharesAndSteps() throws {
        let result = try DPPProcess.run(["trace", "--events", Self.events, Self.beanie, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let trace = try JSONParser().parse(result.stdout)
        #expect(trace["id"]?.stringValue == Self.beanie)
        // By hand from the fixture: the beanie lot is knitted from 12 kg of yarn YRN-C-2026-01 and
        // 3 kg of silk SLK-2026-0457 (4/5 and 1/5). The yarn is 150 kg DH-C-2026-01 + 150 kg
        // DH-C-2026-02 (1/2 each). DH-C-2026-01 is dehaired from herder lot HRD-BKH-2026-01 alone;
        // DH-C-2026-02 from 300 kg HRD-GAL-2026-01 and 250 kg HRD-OVK-2026-01.
        // BKH: 4/5 × 1/2 = 0.4; GAL: 4/5 × 1/2 × 300/550 = 12/55; OVK: 4/5 × 1/2 × 250/550 = 10/55; silk 0.2.
        let expected: [(String, Double)] = [
            ("HRD-BKH-2026-01", 0.4), ("HRD-GAL-2026-01", 12.0 / 55.0), ("SLK-2026-0457", 0.2), ("HRD-OVK-2026-01", 10.0 / 55.0),
        ]
        let origins = try #require(trace["origins"]?.arrayValue)
        #expect(origins.count == expected.count)
        for (origin, (lot, share)) in zip(origins, expected) {
            #expect(origin["id"]?.stringValue?.hasSuffix("/10/\(lot)") == true)
            #expect(abs((origin["massFraction"]?.numberValue?.doubleValue ?? -1) - share) < 1e-12)
            #expect(origin["certificates"]?.arrayValue?.isEmpty == false)
            #expect(origin["location"]?.stringValue?.hasPrefix("https://id.gs1.org/414/") == true)
        }
        #expect(origins[0]["country"] == "MN")
        #expect(origins[2]["country"] == "CN")
        let steps = try #require(trace["steps"]?.arrayValue)
        #expect(steps.first?["bizStep"] == "commissioning")
        #expect(steps.contains { $0["bizStep"] == "inspecting" })
        #expect(steps.allSatisfy { $0["eventTime"]?.stringValue?.hasSuffix("+08:00") == true })
    }

    @Test func textFormIsATree() throws {
        let result = try DPPProcess.run(["trace", "--events", Self.events, Self.beanie])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                Self.beanie
                    + "\n  traced to origin: 100.0% of the mass\n  origins:\n    40.0%  https://id.gs1.org/01/09521234100010/10/HRD-BKH-2026-01  (MN, Bayankhongor)\n"
            ))
    }

    @Test func cartonByEPCURNTracesLikeItsLot() throws {
        let lot = try DPPProcess.run(["trace", "--events", Self.events, Self.beanie, "--format", "json"])
        // The beanie carton, SSCC 095212340000090038, written as an EPC URN.
        let carton = try DPPProcess.run(["trace", "urn:epc:id:sscc:9521234.0000009003", "--events", Self.events, "--format", "json"])
        #expect(carton.status == 0, "\(carton.stderr)")
        let origins = { (text: String) in try JSONParser().parse(text)["origins"] }
        #expect(try origins(carton.stdout) == origins(lot.stdout))
    }

    @Test func eventsSplitOverFilesTraceAsOneFileWithAnyNumberOfJobs() throws {
        // The demo events in two documents, read at once or one after the other: the same trace.
        let document = try JSONParser().parse(DemoFixtures.text("events.jsonld"))
        let events = try #require(document["epcisBody"]?["eventList"]?.arrayValue)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var paths: [String] = []
        for (index, part) in [events[..<20], events[20...]].enumerated() {
            var copy = try #require(document.objectValue)
            copy["epcisBody"] = ["eventList": .array(Array(part))]
            paths.append(try folder.write("part-\(index).jsonld", JSONWriter(pretty: false).string(.object(copy))))
        }
        let whole = try DPPProcess.run(["trace", "--events", Self.events, Self.beanie, "--format", "json"])
        let expected = try JSONParser().parse(whole.stdout)
        #expect(expected["origins"]?.arrayValue?.count == 4)
        for jobs in ["1", "2", "8"] {
            let split = try DPPProcess.run(["trace", "--events"] + paths + [Self.beanie, "--format", "json", "--jobs", jobs])
            #expect(split.status == 0, "\(split.stderr)")
            let trace = try JSONParser().parse(split.stdout)
            #expect(trace["origins"] == expected["origins"])
            #expect(trace["steps"] == expected["steps"])
        }
    }

    @Test(arguments: ["0", "-1", "many"])
    func jobsMustBeAPositiveNumber(_ jobs: String) throws {
        let result = try DPPProcess.run(["trace", "--events", Self.events, Self.beanie, "--jobs", jobs])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--jobs must be a whole number"), "\(result.stderr)")
    }

    @Test func unknownIdentifierExitsOne() throws {
        let result = try DPPProcess.run(["trace", "--events", Self.events, "https://id.gs1.org/01/09521234000358/10/NO-SUCH-LOT"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[TRACE-UNKNOWN-ID]"))
    }

    @Test func missingEventsIsAUsageError() throws {
        let result = try DPPProcess.run(["trace", Self.beanie])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--events"))
    }

    @Test func unreadableEventsFileExitsTwo() throws {
        let result = try DPPProcess.run(["trace", "--events", "/no/such.xml", Self.beanie])
        #expect(result.status == 2)
    }
}
