import Foundation
import JSONCore
import TestSupport
import Testing

/// Step rows through `dpp`: `events convert` writes EPCIS that GS1's schemas accept and that is
/// the hand-written demo's; `trace` and `generate` read the rows directly and give what the
/// demo's EPCIS gives.
@Suite struct StepsCommandTests {
    static let steps = DemoFixtures.file("steps.csv").path

    /// The demo's event list, parsed (numbers compare by value, members in any order).
    static func demoEventList() throws -> JSONValue? {
        try JSONParser().parse(DemoFixtures.bytes("events.jsonld"))["epcisBody"]?["eventList"]
    }

    @Test func convertWritesTheDemosEventsAsJSONLD() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run(["events", "convert", Self.steps, "--to", folder.path("events.jsonld")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(folder.path("events.jsonld")): 67 events\n")
        let written = try JSONParser().parse(Array(try Data(contentsOf: folder.file("events.jsonld"))))
        #expect(written["epcisBody"]?["eventList"] == (try Self.demoEventList()))
        #expect(written["creationDate"] == "2026-08-25T06:00:00Z")
        let check = try DPPProcess.run(["events", "check", folder.path("events.jsonld")])
        #expect(check.stdout.contains("67 events, 0 errors, 0 warnings"), "\(check.stdout)")
    }

    @Test(
        .requiring(EPCISSchemaCheck.folder, otherwise: "the converted steps are not checked against GS1's EPCIS schemas"),
        .requiring(tool: "xmllint", debianPackage: "libxml2-utils"), .requiring(tool: "python3", pythonPackage: "jsonschema"))
    func theConvertedDemoPassesTheEPCISXSDAndJSONSchema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["events.xml", "events.jsonld"] {
            let result = try DPPProcess.run(["events", "convert", Self.steps, "--to", folder.path(name)])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try EPCISSchemaCheck.xsdProblems(folder.file("events.xml")) == "")
        #expect(try EPCISSchemaCheck.jsonSchemaProblems(folder.file("events.jsonld")) == "")
        let check = try DPPProcess.run(["events", "check", "--strict-order", folder.path("events.xml")])
        #expect(check.stdout.contains("67 events, 0 errors, 0 warnings"), "\(check.stdout)")
    }

    /// Every knitted lot and every carton traces the same, word for word, from the rows as from the EPCIS.
    @Test(arguments: [
        "https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001", "https://id.gs1.org/01/09521234000112/10/KC-SW-2026-002",
        "https://id.gs1.org/01/09521234000280/10/KC-SC-2026-001", "https://id.gs1.org/01/09521234000358/10/KC-BN-2026-001",
        "https://id.gs1.org/01/09521234000426/10/KC-CT-2026-001", "https://id.gs1.org/01/09521234000594/10/KC-WC-2026-001",
        "https://id.gs1.org/00/095212340000090052",
    ])
    func traceFromTheRowsEqualsTraceFromTheEPCIS(_ id: String) throws {
        let fromSteps = try DPPProcess.run(["trace", "--events", Self.steps, id, "--format", "json"])
        let fromEPCIS = try DPPProcess.run(["trace", "--events", DemoFixtures.file("events.jsonld").path, id, "--format", "json"])
        #expect(fromSteps.status == 0, "\(fromSteps.stderr)")
        #expect(fromEPCIS.status == 0)
        #expect(fromSteps.stdout == fromEPCIS.stdout)
        #expect(try JSONParser().parse(fromSteps.stdout)["origins"]?.arrayValue?.isEmpty == false)
    }

    @Test func generateFromTheRowsGivesTheSameSiteByteForByte() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try GenerateCommandTests.generate(out: folder.path("epcis")).status == 0)
        let fromSteps = try GenerateCommandTests.generate(events: Self.steps, out: folder.path("steps"))
        #expect(fromSteps.status == 0, "\(fromSteps.stderr)")
        let files = folder.files(under: "epcis")
        #expect(files.count > 50 && files == folder.files(under: "steps"))
        for file in files where file != "report.json" {
            let expected = SiteFileComparison.shared(file, FileManager.default.contents(atPath: folder.path("epcis/" + file)))
            let steps = SiteFileComparison.shared(file, FileManager.default.contents(atPath: folder.path("steps/" + file)))
            #expect(expected == steps, "\(file) differs between steps and EPCIS")
        }
    }

    @Test func labelsFromTheRowsAreTheLabelsFromTheEPCIS() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, events) in [("epcis", DemoFixtures.file("events.jsonld").path), ("steps", Self.steps)] {
            let result = try DPPProcess.run(
                ["labels", "--catalog", DemoFixtures.file("catalog.json").path, "--events", events, "--out", folder.path(name), "--at", "2026-09-01"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let files = folder.files(under: "epcis")
        #expect(files.contains { $0.hasSuffix("label.pdf") } && files == folder.files(under: "steps"))
        for file in files {
            let expected = FileManager.default.contents(atPath: folder.path("epcis/" + file))
            #expect(expected == FileManager.default.contents(atPath: folder.path("steps/" + file)), "\(file) differs")
        }
    }

    @Test func aRowThatCannotBecomeEPCISIsReportedAtItsCellAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var text = try DemoFixtures.text("steps.csv")
        // Line 22 ships HRD-BKH-2026-01 (after the 19 rows of 2025); a lot no row produces is an error there.
        text = text.replacingOccurrences(of: ",shipping,,HRD-BKH-2026-01:400,", with: ",shipping,,HRD-XXX-2026-01:400,")
        let source = try folder.write("steps.csv", text)
        let result = try DPPProcess.run(["events", "convert", source, "--to", folder.path("events.xml")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(source):22 (column \"input lots\"): error: no row produces the lot HRD-XXX-2026-01"), "\(result.stderr)")
        #expect(result.stderr.contains("[STEP-LOT-UNKNOWN]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("events.xml")))
    }

    /// With --catalog, the spinning mill may be named as the catalogue names it; without, the name is unknown.
    @Test func convertLooksNamesUpInTheCatalogue() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try DemoFixtures.text("steps.csv").replacingOccurrences(of: ",9521234000341,", with: ",Khangai spinning mill,")
        let source = try folder.write("steps.csv", text)
        // The catalogue as JSON and as the demo workbook name the mill alike.
        for catalog in [DemoFixtures.file("catalog.json").path, DemoFixtures.file("catalogue.xlsx").path] {
            let named = try DPPProcess.run(["events", "convert", source, "--catalog", catalog, "--to", folder.path("events.jsonld")])
            #expect(named.status == 0, "\(catalog): \(named.stderr)")
            let written = try JSONParser().parse(Array(try Data(contentsOf: folder.file("events.jsonld"))))
            #expect(written["epcisBody"]?["eventList"] == (try Self.demoEventList()), "\(catalog)")
        }
        let unnamed = try DPPProcess.run(["events", "convert", source, "--to", folder.path("other.jsonld")])
        #expect(unnamed.status == 1)
        #expect(unnamed.stderr.components(separatedBy: "[STEP-UNKNOWN-NAME]").count == 6, "\(unnamed.stderr)")
        #expect(unnamed.stderr.contains("unknown facility \"Khangai spinning mill\": no catalogue was given (--catalog)"))
    }

    @Test(arguments: [
        (["events", "convert", "--to", "out.jsonld"], "give one file of step rows"),
        (["events", "convert", "events.jsonld", "--to", "out.xml"], "reads step rows: a .csv or .xlsx file"),
        (["events", "convert", "steps.csv", "--to", "out.txt"], "--to must end in .jsonld, .json or .xml"),
        (["events", "convert", "steps.csv"], "--to is required"),
        (["events", "check", "steps.csv", "--to", "out.xml"], "--to and --catalog are options of events convert"),
    ])
    func aWrongCommandLineIsAUsageError(_ arguments: [String], _ message: String) throws {
        let result = try DPPProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    /// A CSV file that is not UTF-8 cannot be read at all: exit 2, with the spreadsheet reader's rule.
    @Test func stepRowsThatAreNotUTF8AreUnreadable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = try folder.write("steps.csv", bytes: Array("date,step\n2026-04-18,herder lot \u{FF}".utf8) + [0xFF, 0x0A])
        let result = try DPPProcess.run(["events", "convert", source, "--to", folder.path("events.xml")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[CSV-ENCODING]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("events.xml")))
    }

    @Test func helpDescribesConvert() throws {
        let result = try DPPProcess.run(["events", "--help"])
        #expect(result.stdout.contains("dpp events convert STEPS --to OUT [--catalog FILE|FOLDER]"))
    }
}
