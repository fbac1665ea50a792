import Foundation
import TestSupport
import Testing

@testable import Traceability

/// The EPCIS writers: what they write reads back into the same events, and GS1's schemas accept it.
struct EPCISWriterTests {
    static let creationDate = EPCISTime("2026-09-01T00:00:00Z")!

    static func demoEvents() throws -> [EPCISEvent] {
        XMLJSONPairTests.events(try DemoFixtures.bytes("events.jsonld"), source: "events.jsonld")
    }

    @Test func theDemoWrittenAsJSONLDReadsBackIntoTheSameEvents() throws {
        let events = try Self.demoEvents()
        let written = EPCISJSONLDWriter.document(events, creationDate: Self.creationDate)
        let read = XMLJSONPairTests.events(written, source: "written.jsonld")
        #expect(read.count == 67)
        XMLJSONPairTests.expectDifferences(events, read, [])
    }

    @Test func theDemoWrittenAsXMLReadsBackIntoTheSameEvents() throws {
        let events = try Self.demoEvents()
        let written = EPCISXMLWriter.document(events, creationDate: Self.creationDate)
        let read = XMLJSONPairTests.events(written, source: "written.xml")
        #expect(read.count == 67)
        XMLJSONPairTests.expectDifferences(events, read, [])
    }

    @Test func vocabularyIsWrittenAsTheURNsTheXSDAsksFor() {
        #expect(CBVVocabulary.bizStep.xmlSpelling("shipping") == "urn:epcglobal:cbv:bizstep:shipping")
        #expect(CBVVocabulary.disposition.xmlSpelling("in_transit") == "urn:epcglobal:cbv:disp:in_transit")
        #expect(CBVVocabulary.sourceDestinationType.xmlSpelling("owning_party") == "urn:epcglobal:cbv:sdt:owning_party")
        #expect(CBVVocabulary.measurementType.xmlSpelling("Length") == "gs1:Length")
        #expect(CBVVocabulary.bizStep.xmlSpelling("https://example.org/steps/carding") == "https://example.org/steps/carding")
    }

    @Test(
        .requiring(EPCISSchemaCheck.folder, otherwise: "the written XML is not checked against the EPCIS 2.0 XSD"),
        .requiring(tool: "xmllint", debianPackage: "libxml2-utils"))
    func theWrittenXMLPassesTheEPCISXSD() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("events.xml", bytes: EPCISXMLWriter.document(try Self.demoEvents(), creationDate: Self.creationDate))
        #expect(try EPCISSchemaCheck.xsdProblems(URL(fileURLWithPath: path)) == "")
        // The check can fail: an element out of the XSD's order is refused.
        let swapped = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "<action>ADD</action>\n        <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>",
            with: "<bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>\n        <action>ADD</action>")
        let bad = try folder.write("bad.xml", swapped)
        #expect(try EPCISSchemaCheck.xsdProblems(URL(fileURLWithPath: bad)).contains("action"))
    }

    @Test(
        .requiring(EPCISSchemaCheck.folder, otherwise: "the written JSON-LD is not checked against the EPCIS JSON schema"),
        .requiring(tool: "python3", pythonPackage: "jsonschema"))
    func theWrittenJSONLDPassesTheEPCISJSONSchema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = EPCISJSONLDWriter.document(try Self.demoEvents(), creationDate: Self.creationDate)
        let path = try folder.write("events.jsonld", bytes: bytes)
        #expect(try EPCISSchemaCheck.jsonSchemaProblems(URL(fileURLWithPath: path)) == "")
        // The check can fail: an action that is not one of ADD, OBSERVE, DELETE is refused.
        let bad = try folder.write("bad.jsonld", String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"ADD\"", with: "\"MAKE\""))
        #expect(try EPCISSchemaCheck.jsonSchemaProblems(URL(fileURLWithPath: bad)).contains("MAKE"))
    }
}
