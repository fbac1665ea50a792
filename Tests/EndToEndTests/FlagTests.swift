import Foundation
import TestSupport
import Testing

/// Every flag is on with `--name` or `--name=true`, off when absent or `--name=false`, and any
/// other `--name=VALUE` is a usage error: never silently on.
@Suite struct FlagTests {
    /// One event whose `action` comes before `eventTime`: a warning by default, an error with `--strict-order`.
    static let eventsOutOfOrder = """
        <?xml version="1.0" encoding="UTF-8"?>
        <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" creationDate="2026-09-01T00:00:00Z">
          <EPCISBody><EventList><ObjectEvent>
            <action>OBSERVE</action>
            <eventTime>2026-04-18T03:00:00Z</eventTime>
            <eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
            <epcList><epc>https://id.gs1.org/01/09521234000112/21/1</epc></epcList>
          </ObjectEvent></EventList></EPCISBody>
        </epcis:EPCISDocument>
        """

    @Test(
        arguments: [
            ([], 0), (["--strict-order"], 1), (["--strict-order=true"], 1), (["--strict-order=false"], 0),
            (["--strict-order=no"], 0), (["--strict-order=yes"], 1), (["--strict-order", "--strict-order=false"], 0),
        ] as [([String], Int32)])
    func strictOrder(_ flags: [String], _ status: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("events.xml", Self.eventsOutOfOrder)
        let result = try DPPProcess.run(["events", "check"] + flags + [path])
        #expect(result.status == status, "\(flags): \(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("[EPCIS-XML-ELEMENT-ORDER]"))
    }

    @Test(
        arguments: [([], false), (["--keep-attributes"], true), (["--keep-attributes=true"], true), (["--keep-attributes=false"], false)]
            as [([String], Bool)])
    func keepAttributes(_ flags: [String], _ keeps: Bool) throws {
        let result = try DPPProcess.run(["link"] + flags + ["https://example.com/01/09521234543213?17=261231"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = "https://id.gs1.org/01/09521234543213" + (keeps ? "?17=261231" : "") + "\n"
        #expect(result.stdout == expected)
    }

    @Test(arguments: [([], 0), (["--assert-format"], 1), (["--assert-format=1"], 1), (["--assert-format=0"], 0)] as [([String], Int32)])
    func assertFormat(_ flags: [String], _ status: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let schema = try folder.write("schema.json", #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "format": "date"}"#)
        let instance = try folder.write("instance.json", #""2026-13-45""#)
        let result = try DPPProcess.run(["schema", "validate", "--schema", schema] + flags + [instance])
        #expect(result.status == status, "\(flags): \(result.stdout)\(result.stderr)")
    }

    @Test(arguments: [
        ["events", "check", "--strict-order=maybe", "x.xml"], ["link", "--keep-attributes=", "https://id.gs1.org/01/09521234543213"],
        ["schema", "validate", "--schema", "s.json", "--assert-format=on", "i.json"], ["validate", "--quiet=2", "p.jsonld"],
        ["version", "--help=sure"],
    ])
    func aFlagWithAnotherValueIsAUsageError(_ arguments: [String]) throws {
        let result = try DPPProcess.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("is a flag"), "\(result.stderr)")
    }

    @Test func helpCanBeTurnedOff() throws {
        let result = try DPPProcess.run(["link", "--help=false", "https://id.gs1.org/01/09521234543213"])
        #expect(result.status == 0)
        #expect(result.stdout == "https://id.gs1.org/01/09521234543213\n")
    }

    @Test func anEventListEndsAtTheIdentifier() throws {
        let events = PackageFolders.root.appendingPathComponent("Fixtures/demo/events.xml").path
        // The identifier after the list is not taken for a second file.
        let result = try DPPProcess.run(["trace", "--events", events, "https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"id\": \"https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001\""))
    }

    @Test func anOptionWithoutItsValueIsAUsageError() throws {
        let result = try DPPProcess.run(["trace", "--events", "--format", "json", "https://id.gs1.org/01/09521234000112"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--events needs a value"))
    }
}
