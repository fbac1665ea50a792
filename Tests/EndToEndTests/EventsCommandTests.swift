import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp events check`, run as a user would.
@Suite struct EventsCommandTests {

    @Test(arguments: ["events.jsonld", "events.xml"])
    func demoEventsAreClean(_ name: String) throws {
        let result = try DPPProcess.run(["events", "check", DemoFixtures.file(name).path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("67 events, 0 errors, 0 warnings"))
    }

    @Test func invalidDocumentExitsOneWithLocatedDiagnostic() throws {
        let text = """
            <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" creationDate="2026-01-01T00:00:00Z">
            <EPCISBody><EventList><ObjectEvent>
            <eventTime>2026-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
            <epcList><epc>https://id.gs1.org/01/09521234000013/21/1</epc></epcList>
            <action>SHIP</action>
            </ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>
            """
        let result = try DPPProcess.run(["events", "check", "-"], input: .bytes(Data(text.utf8)))
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:5: error: action 'SHIP' is not one of ADD, OBSERVE, DELETE [EPCIS-ACTION]"), "\(result.stdout)")
    }

    @Test func bytesThatDoNotConvertFromTheDeclaredEncodingAreReportedNotPrintedByLibXML2() throws {
        // 0x81 0xFF is no Shift_JIS character: libxml2 raises the conversion failure outside its
        // parser, where its default handler would print it to standard error.
        let bytes = Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<a>".utf8) + [0x81, 0xFF, 0x82] + Array("</a>".utf8)
        let result = try DPPProcess.run(["events", "check", "-"], input: .bytes(Data(bytes)))
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let conversion = result.stdout.split(separator: "\n").filter { $0.contains("input conversion failed") }
        #expect(conversion.count == 1 && conversion[0].contains("[XML-MALFORMED]"), "\(result.stdout)")
    }

    @Test func aWorkbookPartThatDoesNotConvertFromItsEncodingIsReportedNotPrintedByLibXML2() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workbook = folder.url.appendingPathComponent("catalogue.xlsx")
        // The demo workbook with its shared strings declared Shift_JIS and two bytes that are no Shift_JIS character.
        let script = """
            import sys, zipfile
            source, target = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "xl/sharedStrings.xml":
                    data = b'<?xml version="1.0" encoding="Shift_JIS"?>' + data[data.index(b"?>") + 2:]
                    start = data.index(b">", data.index(b"<t")) + 1
                    data = data[:start] + b"\\x81\\xff" + data[start:]
                target.writestr(item, data)
            target.close()
            """
        let made = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, DemoFixtures.file("catalogue.xlsx").path, workbook.path])
        #expect(made.status == 0, "\(made.stderr)")
        let result = try DPPProcess.run(["catalog", "convert", workbook.path, "--out", folder.url.appendingPathComponent("c.json").path])
        #expect(result.status != 0)
        #expect(!result.stderr.contains("encoding error") && !result.stderr.contains("I/O error"), "\(result.stderr)")
        #expect(result.stderr.contains("(entry xl/sharedStrings.xml)") && result.stderr.contains("[XML-MALFORMED]"), "\(result.stderr)")
    }

    @Test func jsonReportListsEveryDiagnosticWithPointer() throws {
        let text = """
            {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"], "type": "EPCISDocument",
             "epcisBody": {"eventList": [{"type": "ObjectEvent", "eventTime": "2026-01-01T00:00:00Z", "eventTimeZoneOffset": "+08:00",
               "action": "ADD", "bizStep": "transforming", "quantityList": [{"epcClass": "https://id.gs1.org/01/09521234000013/10/L1", "quantity": "five"}]}]}}
            """
        let result = try DPPProcess.run(["events", "check", "--format", "json", "-"], input: .bytes(Data(text.utf8)))
        #expect(result.status == 1)
        let report = try JSONParser().parse(result.stdout)
        #expect(report["errors"] == 2)
        let pointers = report["files"]?[0]?["diagnostics"]?.arrayValue?.compactMap { $0["location"]?["pointer"]?.stringValue }
        #expect(pointers == ["/epcisBody/eventList/0/bizStep", "/epcisBody/eventList/0/quantityList/0/quantity"])
    }

    @Test func missingFileExitsTwo() throws {
        let result = try DPPProcess.run(["events", "check", "/no/such/events.xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/no/such/events.xml"))
    }

    @Test func missingSubcommandIsAUsageError() throws {
        let result = try DPPProcess.run(["events", "Fixtures/demo/events.xml"])
        #expect(result.status == 2)
    }

    static let invalidOpenEPCIS: [String] = {
        let files = ["JSON/Capture/Invalid", "XML/Capture/Invalid", "JSON/Query/Invalid", "XML/Query/Invalid"].flatMap { folder in
            ReferenceFolder.gs1.files(in: "openepcis-test-resources/2.0/EPCIS/" + folder, extensions: ["json", "xml"], recursive: false)
        }
        // Only the order of its elements is wrong, as in a valid OpenEPCIS document: a warning (see ConformanceTests).
        return files.filter { !$0.hasSuffix("ObjectEvent_with_wrong_element_order.xml") }.map { ReferenceFolder.gs1.file($0).path }.sorted()
    }()

    @Test(.requiring(.gs1, otherwise: "the element order is not checked"))
    func strictOrderMakesElementOrderAnError() throws {
        let path = ReferenceFolder.gs1.file("openepcis-test-resources/2.0/EPCIS/XML/Capture/Invalid/ObjectEvent_with_wrong_element_order.xml").path
        let lenient = try DPPProcess.run(["events", "check", path])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains(": warning: 'eventTime' comes after 'action'"), "\(lenient.stdout)")
        let strict = try DPPProcess.run(["events", "check", "--strict-order", path])
        #expect(strict.status == 1, "\(strict.stdout)")
        #expect(
            strict.stdout.contains(": error: 'eventTime' comes after 'action'") && strict.stdout.contains("[EPCIS-XML-ELEMENT-ORDER]"),
            "\(strict.stdout)")
    }

    @Test(
        .requiring(.gs1, otherwise: "the invalid OpenEPCIS documents are not checked"),
        arguments: invalidOpenEPCIS)
    func invalidOpenEPCISDocumentExitsOne(_ path: String) throws {
        let result = try DPPProcess.run(["events", "check", path])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains(": error: "))
    }
}
