import Diagnostics
import Testing

@testable import Traceability

/// `EPCIS-TIME-ORDER`: an object used before the earliest event that creates it is reported,
/// once per use, and nothing else is.
struct EventTimeOrderTests {
    static let lot = "https://id.gs1.org/01/09521234010012/10/LOT-1"

    /// An object event adding (commissioning) or observing (shipping) the lot at `time`.
    static func objectEvent(_ time: String, action: String, bizStep: String) -> String {
        """
        <ObjectEvent><eventTime>\(time)</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
        <epcList><epc>\(lot)</epc></epcList><action>\(action)</action><bizStep>\(bizStep)</bizStep></ObjectEvent>
        """
    }

    static func warnings(_ events: String...) -> [Diagnostic] {
        let result = EPCISReader.read(HostileInputTests.document(body: events.joined(separator: "\n")), source: "order.xml")
        #expect(result.events.count == events.count)
        return result.diagnostics.filter { $0.ruleID == EPCISRule.timeOrder.rawValue }
    }

    @Test func useBeforeCreationIsReportedAtTheUse() {
        let found = Self.warnings(
            Self.objectEvent("2026-01-05T00:00:00Z", action: "ADD", bizStep: "commissioning"),
            Self.objectEvent("2026-01-02T00:00:00Z", action: "OBSERVE", bizStep: "shipping"))
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains(Self.lot) == true)
        // Line 1 the prolog, 2 the document element, 3 the body; the first event is lines 4-5, the second starts on 6.
        #expect(found.first?.location.line == 6)
    }

    @Test func useAfterCreationIsNotReported() {
        let found = Self.warnings(
            Self.objectEvent("2026-01-02T00:00:00Z", action: "OBSERVE", bizStep: "shipping"),
            Self.objectEvent("2026-01-01T00:00:00Z", action: "ADD", bizStep: "commissioning"))
        #expect(found.isEmpty)
    }

    /// With two creating events, the earlier one counts, whichever comes first in the document.
    @Test func theEarliestCreationCounts() {
        let use = Self.objectEvent("2026-01-03T00:00:00Z", action: "OBSERVE", bizStep: "shipping")
        let late = Self.objectEvent("2026-01-05T00:00:00Z", action: "ADD", bizStep: "commissioning")
        let early = Self.objectEvent("2026-01-01T00:00:00Z", action: "ADD", bizStep: "commissioning")
        #expect(Self.warnings(late, early, use).isEmpty)
        #expect(Self.warnings(early, late, use).isEmpty)
        #expect(Self.warnings(late, use).count == 1)
        // The use listed before the creations: the same answers.
        #expect(Self.warnings(use, late, early).isEmpty)
        #expect(Self.warnings(use, late).count == 1)
    }

    /// A use listed before the event that creates the object, and earlier: reported at the use.
    @Test func aUseListedBeforeItsLaterCreationIsReported() {
        let found = Self.warnings(
            Self.objectEvent("2026-01-02T00:00:00Z", action: "OBSERVE", bizStep: "shipping"),
            Self.objectEvent("2026-01-05T00:00:00Z", action: "ADD", bizStep: "commissioning"))
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains("(2026-01-02T00:00:00Z) uses \(Self.lot) before the event that creates it (2026-01-05T00:00:00Z)") == true)
        // Line 1 the prolog, 2 the document element, 3 the body; the first event is lines 4-5.
        #expect(found.first?.location.line == 4)
    }

    /// A transformation creates its outputs and uses its inputs; a packing creates its container
    /// and uses its children.
    @Test func transformationsAndPackingsCreateAndUse() {
        let pallet = "urn:epc:id:sscc:9521234.0000000001"
        let yarn = "https://id.gs1.org/01/09521234010029/10/YARN-1"
        func spin(_ time: String) -> String {
            """
            <TransformationEvent><eventTime>\(time)</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
            <inputEPCList><epc>\(Self.lot)</epc></inputEPCList><outputEPCList><epc>\(yarn)</epc></outputEPCList></TransformationEvent>
            """
        }
        func pack(_ time: String) -> String {
            """
            <AggregationEvent><eventTime>\(time)</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
            <parentID>\(pallet)</parentID><childEPCs><epc>\(yarn)</epc></childEPCs><action>ADD</action></AggregationEvent>
            """
        }
        func ship(_ id: String, _ time: String) -> String {
            """
            <ObjectEvent><eventTime>\(time)</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
            <epcList><epc>\(id)</epc></epcList><action>OBSERVE</action><bizStep>shipping</bizStep></ObjectEvent>
            """
        }
        let herded = Self.objectEvent("2026-01-01T00:00:00Z", action: "ADD", bizStep: "commissioning")
        #expect(Self.warnings(herded, spin("2026-01-02T00:00:00Z"), pack("2026-01-03T00:00:00Z"), ship(pallet, "2026-01-04T00:00:00Z")).isEmpty)
        // The pallet shipped before it was packed, the yarn packed before it was spun, the lot spun before it was commissioned.
        let found = Self.warnings(
            Self.objectEvent("2026-01-09T00:00:00Z", action: "ADD", bizStep: "commissioning"), spin("2026-01-05T00:00:00Z"),
            pack("2026-01-03T00:00:00Z"), ship(pallet, "2026-01-02T00:00:00Z"))
        // The pallet's SSCC is named in its canonical form, a Digital Link with AI 00.
        #expect(found.map { $0.message.contains("https://id.gs1.org/00/") } == [false, false, true])
        #expect(found.contains { $0.message.contains(" uses \(yarn) ") } && found.contains { $0.message.contains(" uses \(Self.lot) ") })
    }
}
