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
