import Diagnostics
import Testing

@testable import Traceability

/// Hostile and broken documents are refused with a diagnostic: no crash, no hang, no leak.
struct HostileInputTests {
    static let event = """
        <ObjectEvent><eventTime>2026-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
        <epcList><epc>https://id.gs1.org/01/09521234000013/21/1</epc></epcList><action>OBSERVE</action></ObjectEvent>
        """

    static func document(prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", body: String) -> [UInt8] {
        Array(
            (prolog
                + "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" creationDate=\"2026-01-01T00:00:00Z\">\n<EPCISBody><EventList>\n"
                + body + "\n</EventList></EPCISBody></epcis:EPCISDocument>\n").utf8)
    }

    static func rules(_ result: EPCISReadResult) -> Set<String> {
        Set(result.diagnostics.filter { $0.severity == .error }.map(\.ruleID))
    }

    @Test func wellFormedDocumentIsRead() {
        let result = EPCISReader.read(Self.document(body: Self.event), source: "ok.xml")
        #expect(result.events.count == 1)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// The same object event in XML and in JSON-LD, with `quantity` as its one quantity (of kg)
    /// and `mean` as the mean of one sensor report.
    static func twins(quantity: String, mean: String) -> [(source: String, bytes: [UInt8])] {
        let xml = document(
            body: """
                <ObjectEvent><eventTime>2026-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
                <epcList/><action>OBSERVE</action><quantityList><quantityElement>
                <epcClass>https://id.gs1.org/01/09521234000013/10/L1</epcClass><quantity>\(quantity)</quantity><uom>KGM</uom>
                </quantityElement></quantityList><sensorElementList><sensorElement>
                <sensorReport type="gs1:Length" meanValue="\(mean)" uom="MC"/></sensorElement></sensorElementList></ObjectEvent>
                """)
        let json = """
            {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
             "schemaVersion": "2.0", "creationDate": "2026-01-01T00:00:00Z", "epcisBody": {"eventList": [
             {"type": "ObjectEvent", "eventTime": "2026-01-01T00:00:00Z", "eventTimeZoneOffset": "+00:00", "action": "OBSERVE",
              "quantityList": [{"epcClass": "https://id.gs1.org/01/09521234000013/10/L1", "quantity": \(quantity), "uom": "KGM"}],
              "sensorElementList": [{"sensorReport": [{"type": "gs1:Length", "meanValue": \(mean), "uom": "MC"}]}]}]}}
            """
        return [("quantity.xml", xml), ("quantity.jsonld", Array(json.utf8))]
    }

    /// A quantity beyond a double's range, beyond any lot or too small to tell from zero, and a
    /// sensor value beyond a double's range, are refused in both syntaxes (each was read as
    /// infinity or zero, and infinity stopped `dpp generate` with a trap); the range's ends and
    /// zero are read. XML's quantity is text read as a decimal, so 1e999 there is first a number
    /// beyond range; JSON's is a number, out of a quantity's range.
    @Test(arguments: [
        ("1e999", "12.5", ["EPCIS-NUMBER"], ["EPCIS-QUANTITY"]), ("1.5e12", "12.5", ["EPCIS-QUANTITY"], ["EPCIS-QUANTITY"]),
        ("1e-10", "12.5", ["EPCIS-QUANTITY"], ["EPCIS-QUANTITY"]), ("10", "1e999", ["EPCIS-NUMBER"], ["EPCIS-NUMBER"]),
        ("10", "-1e999", ["EPCIS-NUMBER"], ["EPCIS-NUMBER"]), ("1e12", "1e300", [], []), ("1e-9", "0", [], []), ("0", "-1e300", [], []),
    ])
    func numbersBeyondTheirRangeAreRefused(quantity: String, mean: String, xmlRules: [String], jsonRules: [String]) {
        for (source, bytes) in Self.twins(quantity: quantity, mean: mean) {
            let result = EPCISReader.read(bytes, source: source)
            let expected = source.hasSuffix(".xml") ? xmlRules : jsonRules
            #expect(result.diagnostics.filter { $0.severity == .error }.map(\.ruleID) == expected, "\(source): \(result.diagnostics)")
        }
    }

    @Test func externalEntityIsRefusedWithoutReadingTheFile() {
        let prolog = "<?xml version=\"1.0\"?>\n<!DOCTYPE epcis:EPCISDocument [\n  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
        let body = Self.event.replacingOccurrences(
            of: "<action>OBSERVE</action>", with: "<action>OBSERVE</action><ex:note xmlns:ex=\"https://example.org/\">&secret;</ex:note>")
        let result = EPCISReader.read(Self.document(prolog: prolog, body: body), source: "xxe.xml")
        #expect(Self.rules(result) == ["EPCIS-XML-DTD"])
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.events.isEmpty)
        #expect(!result.diagnostics.contains { $0.message.contains("root:") })
    }

    @Test func externalDTDIsRefused() {
        let prolog = "<?xml version=\"1.0\"?>\n<!DOCTYPE epcis:EPCISDocument SYSTEM \"file:///etc/passwd\">\n"
        let result = EPCISReader.read(Self.document(prolog: prolog, body: Self.event), source: "dtd.xml")
        #expect(Self.rules(result) == ["EPCIS-XML-DTD"])
        #expect(result.events.isEmpty)
    }

    @Test func billionLaughsIsRefused() {
        var entities = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        let prolog = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(entities)]>\n"
        let body = Self.event.replacingOccurrences(
            of: "<action>OBSERVE</action>", with: "<action>OBSERVE</action><ex:x xmlns:ex=\"https://example.org/\">&lol9;</ex:x>")
        let result = EPCISReader.read(Self.document(prolog: prolog, body: body), source: "lol.xml")
        #expect(Self.rules(result) == ["EPCIS-XML-DTD"])
        #expect(result.events.isEmpty)
    }

    @Test func bareDoctypeIsHarmless() {
        let prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE project>\n"
        let result = EPCISReader.read(Self.document(prolog: prolog, body: Self.event), source: "bare.xml")
        #expect(result.events.count == 1)
        #expect(!result.diagnostics.hasErrors)
    }

    @Test(arguments: [true, false])
    func hundredThousandNestedElementsAreRefused(insideAnEvent: Bool) {
        let depth = 100_000
        let nested = String(repeating: "<ex:n>", count: depth) + String(repeating: "</ex:n>", count: depth)
        let body =
            insideAnEvent
            ? Self.event.replacingOccurrences(
                of: "<action>OBSERVE</action>", with: "<action>OBSERVE</action><ex:deep xmlns:ex=\"https://example.org/\">\(nested)</ex:deep>")
            : "<ex:deep xmlns:ex=\"https://example.org/\">\(nested)</ex:deep>"
        let result = EPCISReader.read(Self.document(body: body), source: "deep.xml")
        #expect(result.diagnostics.hasErrors)
        #expect(result.events.isEmpty)
        let first = result.diagnostics.first { $0.severity == .error }
        #expect(first?.location.line != nil, "\(String(describing: first))")
    }

    @Test func truncatedDocumentIsMalformed() {
        let whole = Self.document(body: Self.event + "\n" + Self.event)
        let truncated = Array(whole.prefix(whole.count * 3 / 4))
        let result = EPCISReader.read(truncated, source: "cut.xml")
        #expect(Self.rules(result).contains("XML-MALFORMED"))
        let malformed = result.diagnostics.first { $0.ruleID == "XML-MALFORMED" }
        #expect((malformed?.location.line ?? 0) >= 4)
        #expect(result.events.count == 1)  // the complete first event is still read
    }

    @Test func utf16DeclarationOnAnEightBitDocumentIsRefused() {
        let result = EPCISReader.read(Self.document(prolog: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n", body: Self.event), source: "utf16.xml")
        #expect(Self.rules(result) == ["EPCIS-XML-ENCODING"])
        #expect(result.events.isEmpty)
    }

    @Test func latin1DeclarationOnUTF8BytesIsRefused() {
        let body = Self.event.replacingOccurrences(
            of: "<action>OBSERVE</action>", with: "<action>OBSERVE</action><ex:place xmlns:ex=\"https://example.org/\">Övörkhangai</ex:place>")
        let result = EPCISReader.read(Self.document(prolog: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", body: body), source: "latin1.xml")
        #expect(Self.rules(result) == ["EPCIS-XML-ENCODING"])
    }

    @Test func invalidUTF8BytesAreMalformed() {
        var bytes = Self.document(
            body: Self.event.replacingOccurrences(
                of: "<action>OBSERVE</action>", with: "<action>OBSERVE</action><ex:place xmlns:ex=\"https://example.org/\">X</ex:place>"))
        let index = bytes.firstIndex(of: UInt8(ascii: "X"))!
        bytes[index] = 0xD6  // Latin-1 Ö, not UTF-8
        let result = EPCISReader.read(bytes, source: "bad-utf8.xml")
        #expect(Self.rules(result).contains("XML-MALFORMED"))
    }

    @Test func errorsPointAtTheirLine() {
        let body = Self.event.replacingOccurrences(of: "<action>OBSERVE</action>", with: "\n\n<action>SHIP</action>")
        let result = EPCISReader.read(Self.document(body: body), source: "line.xml")
        let problem = result.diagnostics.first { $0.ruleID == "EPCIS-ACTION" }
        #expect(problem?.location.line == 7)
        #expect(problem?.location.file == "line.xml")
    }

    @Test(arguments: [
        ("{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": [", "JSON-MALFORMED"),
        (String(repeating: "[", count: 100_000), "JSON-MALFORMED"),
        ("", "EPCIS-FORMAT"),
        ("EPCIS", "EPCIS-FORMAT"),
        ("[1, 2]", "EPCIS-NOT-A-DOCUMENT"),
    ])
    func brokenJSONIsRefused(text: String, rule: String) {
        let result = EPCISReader.read(Array(text.utf8), source: "broken.json")
        #expect(Self.rules(result) == [rule])
        #expect(result.events.isEmpty)
    }

    @Test func malformedEventInALongListIsReportedAtItsLineAndTheOthersAreRead() {
        let good =
            "{\"type\": \"ObjectEvent\", \"eventTime\": \"2026-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\", \"action\": \"OBSERVE\", \"epcList\": [\"https://id.gs1.org/01/09521234000013/21/1\"]}"
        let bad = "{\"type\": \"ObjectEvent\", \"eventTime\": 2026x}"
        let text =
            "{\"@context\": [\"https://ref.gs1.org/standards/epcis/epcis-context.jsonld\"], \"type\": \"EPCISDocument\",\n\"epcisBody\": {\"eventList\": [\n\(good),\n\(bad),\n\(good)\n]}}"
        let result = EPCISReader.read(Array(text.utf8), source: "list.json")
        #expect(result.events.count == 2)
        #expect(Self.rules(result) == ["JSON-MALFORMED"])
        let problem = result.diagnostics.first
        #expect(problem?.location.line == 4)
        #expect(problem?.location.pointer == "/epcisBody/eventList/1")
    }

    @Test func retractedEventIsRemovedWithANote() {
        let retracted = Self.event.replacingOccurrences(of: "<epcList>", with: "<eventID>urn:uuid:1</eventID><epcList>")
        let declaration = retracted.replacingOccurrences(
            of: "<epcList>",
            with:
                "<errorDeclaration><declarationTime>2026-02-01T00:00:00Z</declarationTime><reason>urn:epcglobal:cbv:er:did_not_occur</reason></errorDeclaration><epcList>"
        )
        let result = EPCISReader.read(Self.document(body: Self.event + retracted + declaration), source: "retract.xml")
        #expect(result.events.count == 1)
        #expect(result.events.first?.eventID == nil)
        #expect(result.diagnostics.map(\.ruleID) == ["EPCIS-RETRACTED"])
    }
}
