import Diagnostics
import Testing

@testable import Traceability

/// The event model's storage: rarely used fields live in a shared box, with value semantics kept.
struct EPCISEventTests {
    static func shipping() -> EPCISEvent {
        EPCISEvent(
            kind: .objectEvent, eventTime: EPCISTime(secondsSinceEpoch: 1_767_225_600), eventTimeZoneOffset: "+08:00",
            location: Diagnostics.SourceLocation(file: "test.xml", line: 3))
    }

    @Test func eventWithoutRareFieldsHasNoBox() {
        var event = Self.shipping()
        event.epcList = ["https://id.gs1.org/01/09521234010012/21/1"]
        #expect(event.rare == nil)
        event.sourceList = [PartyOrPlace(type: "owning_party", id: "https://id.gs1.org/417/9521234000013")]
        event.certificationInfo = ["https://certs.example.org/1"]
        #expect(event.rare == nil)
        #expect(event.bizTransactionList.isEmpty && event.extensions.isEmpty && event.errorDeclaration == nil)
    }

    @Test func rareFieldsAreReadBackAndAppendedInPlace() {
        var event = Self.shipping()
        event.bizTransactionList.append(BusinessTransaction(type: "po", id: "urn:epcglobal:cbv:bt:9521234000013:PO-1"))
        event.bizTransactionList.append(BusinessTransaction(type: "desadv", id: "urn:epcglobal:cbv:bt:9521234000013:DA-1"))
        event.recordTime = EPCISTime(secondsSinceEpoch: 1_767_225_601)
        #expect(event.rare != nil)
        #expect(event.bizTransactionList.map(\.type) == ["po", "desadv"])
        #expect(event.recordTime?.secondsSinceEpoch == 1_767_225_601)
        #expect(event.transformationID == nil && event.sensorElementList.isEmpty)
    }

    @Test func copiesDoNotShareChanges() {
        var original = Self.shipping()
        original.bizTransactionList = [BusinessTransaction(type: "po", id: "urn:epcglobal:cbv:bt:9521234000013:PO-1")]
        var copy = original
        copy.bizTransactionList.append(BusinessTransaction(type: nil, id: "urn:epcglobal:cbv:bt:9521234000013:PO-2"))
        copy.transformationID = "urn:uuid:5d2c1b43-8f4c-4a5e-9b6e-0f0e3c1d2a11"
        #expect(original.bizTransactionList.map(\.id) == ["urn:epcglobal:cbv:bt:9521234000013:PO-1"])
        #expect(original.transformationID == nil)
        #expect(copy.bizTransactionList.count == 2)
        #expect(original != copy)
    }

    @Test func equalityComparesRareFields() {
        var first = Self.shipping(), second = Self.shipping()
        #expect(first == second)
        first.bizTransactionList = [BusinessTransaction(type: "po", id: "urn:epcglobal:cbv:bt:9521234000013:PO-1")]
        #expect(first != second)
        second.bizTransactionList = [BusinessTransaction(type: "po", id: "urn:epcglobal:cbv:bt:9521234000013:PO-1")]
        #expect(first == second)
    }

    /// Held a million at a time in a trace graph: the common event stays small (it was 400 bytes).
    @Test func commonEventIsSmall() {
        #expect(MemoryLayout<EPCISEvent>.size <= 240, "EPCISEvent is \(MemoryLayout<EPCISEvent>.size) bytes inline")
    }
}

/// An event's location comes back exactly as given, however it is stored.
struct EventSourceLocationTests {
    @Test(arguments: [
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/epcisBody/eventList/0"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/epcisBody/eventList/123456"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/epcisBody/queryResults/resultsBody/eventList/7"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/epcisBody/eventList/007"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/epcisBody/eventList/-1"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/epcisBody/eventList/"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/epcisBody/eventList/99999999999999999999999"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: "/other/eventList/3"),
        Diagnostics.SourceLocation(file: "a.jsonld", pointer: ""),
        Diagnostics.SourceLocation(file: "a.xml", line: 12),
        Diagnostics.SourceLocation(file: "a.xml", line: 0, column: 0),
        Diagnostics.SourceLocation(file: "-"),
    ])
    func locationRoundTrips(_ location: Diagnostics.SourceLocation) {
        var event = EPCISEventTests.shipping()
        event.location = location
        #expect(event.location == location)
        #expect(EPCISEvent(kind: .objectEvent, eventTime: event.eventTime, eventTimeZoneOffset: "+08:00", location: location).location == location)
    }
}
