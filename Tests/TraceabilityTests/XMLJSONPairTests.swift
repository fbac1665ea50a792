import Foundation
import TestSupport
import Testing

@testable import Traceability

/// The same events written in XML and in JSON-LD read into equal models.
struct XMLJSONPairTests {
    /// The events of `bytes` in document order, retracted ones included (so every field is compared).
    static func events(_ bytes: [UInt8], source: String) -> [EPCISEvent] {
        var events: [EPCISEvent] = []
        let diagnostics = EPCISReader.readEach(bytes, source: source) { events.append($0) }
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return events
    }

    /// The fields (`event N field`) in which `left` and `right` differ, each with both values.
    static func differences(_ left: [EPCISEvent], _ right: [EPCISEvent]) -> [(field: String, detail: String)] {
        guard left.count == right.count else { return [("event count", "\(left.count) against \(right.count)")] }
        var result: [(String, String)] = []
        for (index, (a, b)) in zip(left, right).enumerated() where a != b {
            let fieldsA = Mirror(reflecting: a).children, fieldsB = Array(Mirror(reflecting: b).children)
            for (offset, field) in fieldsA.enumerated() where field.label != "location" {
                let other = fieldsB[offset].value
                var x = "\(field.value)", y = "\(other)"
                if let fields = field.value as? [ExtensionField], let others = other as? [ExtensionField] {
                    x = "\(ExtensionField.canonicalOrder(fields))"
                    y = "\(ExtensionField.canonicalOrder(others))"
                }
                if x != y { result.append(("event \(index) \(field.label ?? "?")", "XML: \(x)\nJSON: \(y)")) }
            }
        }
        return result
    }

    /// Checks that `xml` and `json` differ in exactly the `expected` fields.
    static func expectDifferences(_ xml: [EPCISEvent], _ json: [EPCISEvent], _ expected: Set<String>) {
        let found = differences(xml, json)
        let unexpected = found.filter { !expected.contains($0.field) }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.field):\n\($0.detail)" }.joined(separator: "\n"))")
        #expect(Set(found.map(\.field)) == expected)
    }

    @Test func demoFixtureTwinsAreEqual() throws {
        let xml = Self.events(try DemoFixtures.bytes("events.xml"), source: "events.xml")
        let json = Self.events(try DemoFixtures.bytes("events.jsonld"), source: "events.jsonld")
        #expect(xml.count == 67)
        #expect(xml == json)
        Self.expectDifferences(xml, json, [])
    }

    static let openEPCIS = "openepcis-test-resources/2.0/EPCIS"

    /// OpenEPCIS documents written in both syntaxes under the same name.
    static let openEPCISPairs: [String] = {
        guard ReferenceFolder.gs1.isPresent else { return [] }
        return ["Capture/Documents", "Capture/Events", "Query"].flatMap { folder in
            ReferenceFolder.gs1.files(in: "\(openEPCIS)/XML/\(folder)", extensions: ["xml"], recursive: false).compactMap { xml in
                let json = xml.replacingOccurrences(of: "/XML/", with: "/JSON/").replacingOccurrences(of: ".xml", with: ".json")
                return FileManager.default.fileExists(atPath: ReferenceFolder.gs1.file(json).path) ? xml : nil
            }
        }
    }()

    /// Where OpenEPCIS's two files do not hold the same data (checked by reading both by hand).
    static let openEPCISDifferences: [String: Set<String>] = [
        // The XML declares the error at 14:00+01:00, the JSON at 14:00Z: an hour apart.
        "XML/Capture/Documents/Combination_of_different_event.xml": ["event 4 errorDeclaration"],
        "XML/Query/Combination_of_different_event.xml": ["event 4 errorDeclaration"],
        // 2020-01-15T00:00:00+01:00 in the XML, 2020-01-15T00:00:00Z in the JSON.
        "XML/Capture/Events/TransformationEvent.xml": ["event 0 errorDeclaration"],
        // The JSON carries the comment as rdfs:comment data; the XML as an XML comment, which is not data.
        "XML/Capture/Documents/ObjectEvent_with_comment.xml": ["event 0 extensions"],
        // The XML has an empty <rail:vehicleMasterGIAI/> that the JSON leaves out.
        "XML/Capture/Events/TransactionEvent.xml": ["event 0 extensions"],
        // The sensor metadata's deviceMetadata and rawData are different URIs in the two files.
        "XML/Query/ObjectEventWithAllPossibleFields.xml": ["event 0 sensorElementList"],
    ]

    @Test(
        .requiring(.gs1, otherwise: "the XML/JSON pairs are not compared"),
        arguments: openEPCISPairs)
    func openEPCISPairIsEqual(_ xmlPath: String) throws {
        let jsonPath = xmlPath.replacingOccurrences(of: "/XML/", with: "/JSON/").replacingOccurrences(of: ".xml", with: ".json")
        let xml = Self.events(try ReferenceFolder.gs1.bytes(xmlPath), source: xmlPath)
        let json = Self.events(try ReferenceFolder.gs1.bytes(jsonPath), source: jsonPath)
        #expect(!xml.isEmpty)
        let relative = String(xmlPath.dropFirst(Self.openEPCIS.count + 1))
        Self.expectDifferences(xml, json, Self.openEPCISDifferences[relative] ?? [])
    }

    /// GS1's examples that exist in both syntaxes (several JSON files may hold one XML file's
    /// events), and the fields where GS1's JSON differs from its XML, found by reading both:
    /// the JSON adds event hashes as eventIDs and, in the full-combination examples,
    /// certificationInfo and an errorDeclaration, and nests its extension objects one level
    /// deeper than the XML (`{"ext1:object": {"ext1:object": …}}`). Everything else must be equal.
    /// (`Example-PersistentDisposition.xml` and `PersistentDisposition-example.jsonld` hold
    /// different events, aggregation against object events, so they are no pair.)
    static let gs1Pairs: [(xml: String, json: [String], differences: Set<String>)] = {
        let full: Set<String> = [
            "event 0 eventID", "event 0 sensorElementList", "event 0 certificationInfo", "event 0 errorDeclaration", "event 0 extensions",
        ]
        let combined = "epcis/XML/WithFullCombinationOfFields/", combinedJSON = "epcis/JSON/WithFullCombinationOfFields/"
        return [
            (
                "epcis/XML/Example_9.6.1-ObjectEvent-2020_06_18a.xml", ["epcis/JSON/Example_9.6.1-ObjectEvent.jsonld"],
                ["event 0 eventID", "event 1 eventID"]
            ),
            // The XML's empty <rail:vehicleMasterGIAI/> again.
            (
                "epcis/XML/Example-TransactionEvent-2020_07_03y.xml", ["epcis/JSON/Example-TransactionEvents-2020_07_03y.jsonld"],
                ["event 1 extensions"]
            ),
            // Different read points, and the XML's input quantity is xsi:nil where the JSON has 500 KGM.
            (
                "epcis/XML/WithErrorDeclaration/ErrorDeclarationAndCorrectiveEvent.xml",
                ["epcis/JSON/WithErrorDeclaration/ErrorDeclarationAndCorrectiveEvent.jsonld"],
                ["event 0 readPoint", "event 0 inputQuantityList", "event 1 readPoint", "event 1 inputQuantityList"]
            ),
            (combined + "aggregation_event_all_possible_fields.xml", [combinedJSON + "aggregation_event_all_possible_fields.jsonld"], full),
            (combined + "association_event_all_possible_fields.xml", [combinedJSON + "association_event_all_possible_fields.jsonld"], full),
            (combined + "transaction_event_all_possible_fields.xml", [combinedJSON + "transaction_event_all_possible_fields.jsonld"], full),
            // The JSON's object event also differs in action (ADD against OBSERVE) and has ILMD the XML lacks.
            (
                combined + "object_event_all_possible_fields.xml", [combinedJSON + "object_event_all_possible_fields.jsonld"],
                full.union(["event 0 action", "event 0 ilmd"])
            ),
            // The JSON maps cbvmda to http://example.com/cbvmda/ instead of the CBV namespace.
            (
                combined + "transformation_event_all_possible_fields.xml", [combinedJSON + "transformation_event_all_possible_fields.jsonld"],
                full.union(["event 0 ilmd"])
            ),
            // Event hashes, and the corrective event named by UUID in the XML, by hash in the JSON.
            (
                "epcis/XML/AssociationEvent/AssociationEventExamples.xml",
                "abcdefgh".map { "epcis/JSON/AssociationEvent/AssociationEvent-\($0).jsonld" },
                Set((0..<7).map { "event \($0) eventID" }).union(["event 6 errorDeclaration"])
            ),
        ]
    }()

    @Test(
        .requiring(.gs1, otherwise: "the XML/JSON pairs are not compared"),
        arguments: gs1Pairs.map(\.xml))
    func gs1ExamplePairIsEqualBeyondKnownDifferences(_ xmlPath: String) throws {
        let pair = try #require(Self.gs1Pairs.first { $0.xml == xmlPath })
        let xml = Self.events(try ReferenceFolder.gs1.bytes(xmlPath), source: xmlPath)
        let json = try pair.json.flatMap { Self.events(try ReferenceFolder.gs1.bytes($0), source: $0) }
        #expect(!xml.isEmpty)
        Self.expectDifferences(xml, json, pair.differences)
    }
}
