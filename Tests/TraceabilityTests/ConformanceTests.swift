import Diagnostics
import TestSupport
import Testing

@testable import Traceability

/// Every official example and every OpenEPCIS document, valid and invalid.
@Suite(.requiring(.gs1, otherwise: "the GS1 and OpenEPCIS corpora are not checked"))
struct ConformanceTests {
    static let openEPCIS = "openepcis-test-resources/2.0/EPCIS"

    /// GS1's examples and OpenEPCIS's valid documents and bare events, XML and JSON.
    static let validDocuments: [String] =
        ReferenceFolder.gs1.files(in: "epcis/JSON", extensions: ["jsonld", "json"])
        + ReferenceFolder.gs1.files(in: "epcis/XML", extensions: ["xml"])
        + ["JSON/Capture/Documents", "JSON/Capture/Events", "XML/Capture/Documents", "XML/Capture/Events", "XML/Query/Documents"]
        .flatMap { ReferenceFolder.gs1.files(in: "\(openEPCIS)/\($0)", extensions: ["json", "xml"]) }
        + ["JSON/Query", "XML/Query"].flatMap { ReferenceFolder.gs1.files(in: "\(openEPCIS)/\($0)", extensions: ["json", "xml"], recursive: false) }
        + ["synthesized/cashmere-chain.epcis.jsonld", "perf/Generated Events.json"]

    /// OpenEPCIS's deliberately invalid capture and query documents.
    static let invalidDocuments: [String] =
        ["JSON/Capture/Invalid", "XML/Capture/Invalid", "JSON/Query/Invalid", "XML/Query/Invalid"]
        .flatMap { ReferenceFolder.gs1.files(in: "\(openEPCIS)/\($0)", extensions: ["json", "xml"]) }

    /// The one invalid document the two demands disagree on: it only puts `action`
    /// before `eventTime`, which `XML/Capture/Documents/JumbledFieldsOrder.xml`, a valid
    /// document, also does (fields in any order). Order is a warning by default, so this gets
    /// one; read with strict element order, it gets an error.
    static let orderOnly = "\(openEPCIS)/XML/Capture/Invalid/ObjectEvent_with_wrong_element_order.xml"

    /// Documents with no events of their own: master data only, or events all retracted.
    static let withoutEvents: Set<String> = ["epcis/XML/WithFullCombinationOfFields/masterdata_all_possible_fields.xml"]

    @Test(arguments: validDocuments)
    func validDocumentHasNoErrors(_ path: String) throws {
        let bytes = try ReferenceFolder.gs1.bytes(path)
        let result = EPCISReader.read(bytes, source: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        var count = 0
        _ = EPCISReader.readEach(bytes, source: path) { _ in count += 1 }
        #expect(count > 0 || Self.withoutEvents.contains(path), "no events read from \(path)")
    }

    @Test(arguments: invalidDocuments.filter { $0 != orderOnly })
    func invalidDocumentHasAnError(_ path: String) throws {
        let result = EPCISReader.read(try ReferenceFolder.gs1.bytes(path), source: path)
        #expect(result.diagnostics.hasErrors, "no error for \(path); diagnostics: \(result.diagnostics.map(\.description))")
    }

    @Test(arguments: [orderOnly, "\(openEPCIS)/XML/Capture/Documents/JumbledFieldsOrder.xml"])
    func elementOrderIsAWarning(_ path: String) throws {
        let result = EPCISReader.read(try ReferenceFolder.gs1.bytes(path), source: path)
        #expect(result.diagnostics.contains { $0.ruleID == "EPCIS-XML-ELEMENT-ORDER" && $0.severity == .warning })
        #expect(!result.diagnostics.hasErrors)
    }

    @Test(arguments: invalidDocuments)
    func invalidDocumentHasAnErrorWithStrictElementOrder(_ path: String) throws {
        let result = EPCISReader.read(try ReferenceFolder.gs1.bytes(path), source: path, elementOrder: .strict)
        #expect(result.diagnostics.hasErrors, "no error for \(path); diagnostics: \(result.diagnostics.map(\.description))")
        if path == Self.orderOnly {
            #expect(result.diagnostics.contains { $0.ruleID == "EPCIS-XML-ELEMENT-ORDER" && $0.severity == .error })
        }
    }

    @Test func strictElementOrderLeavesOrderedDocumentsAlone() throws {
        // Strictness must not turn every document into an error: GS1's own examples keep the order.
        for path in Self.validDocuments.filter({ $0.hasPrefix("epcis/XML") }) {
            let result = EPCISReader.read(try ReferenceFolder.gs1.bytes(path), source: path, elementOrder: .strict)
            #expect(!result.diagnostics.hasErrors, "\(path): \(result.diagnostics.filter { $0.severity == .error }.map(\.description))")
        }
    }

    @Test func corpusIsComplete() {
        // The counts of the reference corpus: a test that silently reads nothing must fail.
        #expect(Self.validDocuments.count >= 150)
        #expect(Self.invalidDocuments.count == 27)
    }
}
