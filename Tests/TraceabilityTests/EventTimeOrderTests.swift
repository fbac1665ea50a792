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
    }
}
