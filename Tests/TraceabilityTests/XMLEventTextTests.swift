import JSONCore
import Testing

@testable import Traceability

/// Only leaf elements keep their text: text around a child element is dropped, and each leaf
/// reads exactly its own text, before and after elements with mixed content.
struct XMLEventTextTests {
    @Test func leavesReadTheirOwnTextAroundMixedContent() {
        let event = """
            <ObjectEvent xmlns:ex="https://example.org/"><eventTime>2026-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
            <epcList><epc>https://id.gs1.org/01/09521234010012/10/LOT-1</epc></epcList><action>ADD</action><bizStep>commissioning</bizStep>
            <ilmd><ex:first>one</ex:first><ex:mixed>before<ex:inner>two</ex:inner>after<ex:empty/>end</ex:mixed><ex:last> three </ex:last></ilmd></ObjectEvent>
            """
        let result = EPCISReader.read(HostileInputTests.document(body: event), source: "text.xml")
        let namespace = "https://example.org/"
        #expect(
            result.events.first?.ilmd == [
                ExtensionField(namespace: namespace, name: "first", value: .text("one")),
                ExtensionField(
                    namespace: namespace, name: "mixed",
                    value: .fields([
                        ExtensionField(namespace: namespace, name: "inner", value: .text("two")),
                        ExtensionField(namespace: namespace, name: "empty", value: .text("")),
                    ])),
                ExtensionField(namespace: namespace, name: "last", value: .text("three")),
            ])
        #expect(result.events.first?.epcList == ["https://id.gs1.org/01/09521234010012/10/LOT-1"])
    }
}

/// Times, offsets and quantities are read from the bytes of their elements: surrounding
/// whitespace is passed over as in a string, and a wrong value is reported as written, at its line.
struct XMLEventValueTests {
    static func event(time: String, offset: String, quantity: String = "12.5") -> String {
        """
        <ObjectEvent><eventTime>\(time)</eventTime>
        <eventTimeZoneOffset>\(offset)</eventTimeZoneOffset><action>ADD</action>
        <quantityList><quantityElement><epcClass>https://id.gs1.org/01/09521234010012/10/LOT-1</epcClass>
        <quantity>\(quantity)</quantity><uom>KGM</uom></quantityElement></quantityList></ObjectEvent>
        """
    }

    @Test func valuesWithWhitespaceAroundThemAreRead() throws {
        let result = EPCISReader.read(
            HostileInputTests.document(body: Self.event(time: "\n 2026-01-01T08:30:00.25+08:00\t", offset: " +08:00 ", quantity: " 12.50 ")),
            source: "values.xml")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        let event = try #require(result.events.first)
        // 08:30 at +08:00 is 00:30 UTC on 2026-01-01: 1,767,225,600 s is that day's midnight.
        #expect(event.eventTime == EPCISTime(secondsSinceEpoch: 1_767_225_600 + 30 * 60, nanoseconds: 250_000_000))
        #expect(event.eventTimeZoneOffset == "+08:00")
        #expect(event.quantityList.first?.quantity == JSONNumber(literal: "12.5"))
    }

    @Test(arguments: [
        ("2026-13-01T00:00:00Z", "+08:00", "EPCIS-TIME", "eventTime '2026-13-01T00:00:00Z' is not a date and time", 4),
        ("2026-01-01T00:00:00", "+08:00", "EPCIS-TIME", "eventTime '2026-01-01T00:00:00' is not a date and time", 4),
        ("2026-01-01T00:00:00Z", " +8:00", "EPCIS-TIMEZONE", "eventTimeZoneOffset ' +8:00' is not an offset", 5),
        ("2026-01-01T00:00:00Z", "Z", "EPCIS-TIMEZONE", "eventTimeZoneOffset 'Z' is not an offset", 5),
    ])
    func wrongValuesAreReportedAsWrittenAtTheirLine(time: String, offset: String, rule: String, message: String, line: Int) {
        let result = EPCISReader.read(HostileInputTests.document(body: Self.event(time: time, offset: offset)), source: "values.xml")
        let found = result.diagnostics.filter { $0.ruleID == rule }
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix(message) == true, "\(found.first?.message ?? "none")")
        #expect(found.first?.location.line == line)
    }
}
