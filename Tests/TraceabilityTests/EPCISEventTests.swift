import Diagnostics
import Testing
@testable import Traceability

/// The event model's storage: rarely used fields live in a shared box, with value semantics kept.
struct EPCISEventTests {
    static func shipping() -> EPCISEvent {
        EPCISEvent(kind: .objectEvent, eventTime: EPCISTime(secondsSinceEpoch: 1_767_225_600), eventTimeZoneOffset: "+08:00",
                   location: SourceLocation(file: "test.xml", line: 3))
    }

    @Test func eventWithoutRareFieldsHasNoBox() {
        var event = Self.shipping()
        event.epcList = ["https://id.gs1.org/01/09521234010012/21/1"]
        #expect(event.rare == nil)
        #expect(event.sourceList.isEmpty && event.certificationInfo.isEmpty && event.errorDeclaration == nil)
    }

    @Test func rareFieldsAreReadBackAndAppendedInPlace() {
        var event = Self.shipping()
        event.sourceList.append(PartyOrPlace(type: "owning_party", id: "https://id.gs1.org/417/9521234000013"))
        event.sourceList.append(PartyOrPlace(type: "location", id: "https://id.gs1.org/414/9521234000013"))
        event.certificationInfo = ["https://certs.example.org/1"]
        event.recordTime = EPCISTime(secondsSinceEpoch: 1_767_225_601)
        #expect(event.sourceList.map(\.type) == ["owning_party", "location"])
        #expect(event.certificationInfo == ["https://certs.example.org/1"])
        #expect(event.recordTime?.secondsSinceEpoch == 1_767_225_601)
        #expect(event.destinationList.isEmpty)
    }

    @Test func copiesDoNotShareChanges() {
        var original = Self.shipping()
        original.certificationInfo = ["https://certs.example.org/1"]
        var copy = original
        copy.certificationInfo.append("https://certs.example.org/2")
        copy.transformationID = "urn:uuid:5d2c1b43-8f4c-4a5e-9b6e-0f0e3c1d2a11"
        #expect(original.certificationInfo == ["https://certs.example.org/1"])
        #expect(original.transformationID == nil)
        #expect(copy.certificationInfo == ["https://certs.example.org/1", "https://certs.example.org/2"])
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
        #expect(MemoryLayout<EPCISEvent>.size <= 288, "EPCISEvent is \(MemoryLayout<EPCISEvent>.size) bytes inline")
    }
}
