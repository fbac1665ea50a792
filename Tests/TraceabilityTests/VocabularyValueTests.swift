import Diagnostics
import Testing

@testable import Traceability

/// Vocabulary values read from XML: the reader remembers them by the bytes written, yet a value
/// reads as its prefixes say at that point of the document, and every unknown word is reported
/// where it is.
struct VocabularyValueTests {
    static func objectEvent(bizStep: String, declaring declaration: String = "") -> String {
        """
        <ObjectEvent\(declaration)><eventTime>2026-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
        <epcList><epc>https://id.gs1.org/01/09521234010012/21/1</epc></epcList><action>OBSERVE</action><bizStep>\(bizStep)</bizStep></ObjectEvent>
        """
    }

    static func read(_ events: String...) -> EPCISReadResult {
        EPCISReader.read(HostileInputTests.document(body: events.joined(separator: "\n")), source: "vocabulary.xml")
    }

    /// `ex:dyeing` is a URI of its own until `ex` is declared (here on the second event), then the declared namespace's term.
    @Test func aPrefixDeclaredLaterChangesTheSameWrittenValue() {
        let result = Self.read(
            Self.objectEvent(bizStep: "ex:dyeing"),
            Self.objectEvent(bizStep: "ex:dyeing", declaring: " xmlns:ex=\"https://mill.example.com/voc/\""),
            Self.objectEvent(bizStep: "ex:dyeing"))
        #expect(result.events.map(\.bizStep) == ["ex:dyeing", "https://mill.example.com/voc/dyeing", "https://mill.example.com/voc/dyeing"])
    }

    @Test func standardValuesReadAsTheirBareWordHoweverWritten() {
        let result = Self.read(
            Self.objectEvent(bizStep: "urn:epcglobal:cbv:bizstep:shipping"), Self.objectEvent(bizStep: " cbv:BizStep-shipping "),
            Self.objectEvent(bizStep: "shipping"), Self.objectEvent(bizStep: "urn:epcglobal:cbv:bizstep:shipping"))
        #expect(result.events.map(\.bizStep) == ["shipping", "shipping", "shipping", "shipping"])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    /// The second misspelling is remembered, and still reported at its own event.
    @Test func everyUnknownWordIsReportedWhereItIs() {
        let result = Self.read(Self.objectEvent(bizStep: "shiping"), Self.objectEvent(bizStep: "shiping"))
        let found = result.diagnostics.filter { $0.ruleID == EPCISRule.vocabulary.rawValue }
        #expect(found.count == 2)
        // The events start on lines 4 and 6 (prolog, document element and body first; two lines each).
        #expect(found.map(\.location.line) == [5, 7])
        #expect(found.allSatisfy { $0.message.contains("'shiping'") })
    }
}
