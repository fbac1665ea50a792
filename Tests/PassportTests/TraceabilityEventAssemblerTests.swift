import Diagnostics
import Foundation
import JSONCore
import Passport
import TestSupport
import Testing
import Traceability

/// EPCIS events restated as UNTP 0.7.0 traceability events: the demo's make, move and modify
/// events member for member, which lifecycle event each kind of EPCIS event becomes, and the odd
/// inputs that get a diagnostic instead of a credential that says less than the event.
@Suite struct TraceabilityEventAssemblerTests {
    static let base = "https://dpp.example.com"
    static let plant = "https://id.gs1.org/414/9521234000273"

    static func assembler() throws -> TraceabilityEventAssembler {
        TraceabilityEventAssembler(catalog: try DemoFixtures.catalog(), baseURL: base)
    }

    /// The demo event whose `eventID` ends in `number` (`5c0a7e10-…-000000000021`).
    static func demoEvent(_ number: Int) throws -> EPCISEvent {
        let read = EPCISReader.read(try DemoFixtures.bytes("events.jsonld"), source: "events.jsonld")
        let id = "urn:uuid:5c0a7e10-2026-4d00-9b00-" + String(repeating: "0", count: 12 - String(number).count) + String(number)
        return try #require(read.events.first { $0.eventID == id })
    }

    /// The events of an EPCIS 2.0 JSON-LD document whose event list is `events`, read without a problem.
    static func events(_ events: String) throws -> [EPCISEvent] {
        let text = """
            {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                          {"tpx": "https://textilepassport.example.org/epcis#"}],
             "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-09-01T00:00:00Z",
             "epcisBody": {"eventList": [\(events)]}}
            """
        let read = EPCISReader.read(Array(text.utf8), source: "events.jsonld")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        return read.events
    }

    /// The one event of a document holding `event` alone.
    static func event(_ event: String) throws -> EPCISEvent {
        try #require(try events(event).first)
    }

    /// The subject (the lifecycle event) of `credential`'s JSON-LD document.
    static func subject(_ credential: TraceabilityEventCredential) throws -> JSONValue {
        try #require(credential.document["credentialSubject"]?[0])
    }

    // MARK: - The demo's events

    /// The dehairing of lot HRD-BKH-2026-01 (400 kg of greasy cashmere) into DH-C-2026-01 (200 kg)
    /// at the dehairing plant, 2026-05-20 08:00 UTC, recorded at +08:00; the names from the catalogue.
    @Test func theDemoDehairingIsAMakeEventAtThePlant() throws {
        let sink = DiagnosticSink()
        let credential = try #require(try Self.assembler().assemble(try Self.demoEvent(21), sink: sink))
        #expect(sink.diagnostics.isEmpty)
        let document = credential.document
        #expect(document["@context"] == ["https://www.w3.org/ns/credentials/v2", "https://vocabulary.uncefact.org/untp/0.7.0/context/"])
        #expect(document["type"] == ["DigitalTraceabilityEvent", "VerifiableCredential"])
        #expect(document["id"] == "https://dpp.example.com/events/5c0a7e10-2026-4d00-9b00-000000000021.jsonld")
        #expect(document["validFrom"] == "2026-05-20T08:00:00Z")
        #expect(document["issuer"]?["id"] == "did:web:dpp.example.com:khangai-cashmere")
        let expected = try JSONParser().parse(
            Array(
                """
                {"type": ["MakeEvent", "LifecycleEvent"], "id": "urn:uuid:5c0a7e10-2026-4d00-9b00-000000000021",
                 "name": "Dehairing at Khangai dehairing and scouring plant", "eventDate": "2026-05-20T16:00:00+08:00",
                 "activityType": {"code": "commissioning", "name": "Commissioning", "schemeId": "https://ref.gs1.org/cbv/BizStep",
                                  "schemeName": "GS1 CBV Business Step"},
                 "relatedParty": [{"role": "manufacturer", "party": {"type": ["Party"], "id": "https://id.gs1.org/417/9521234000105",
                                   "name": "Khangai Cashmere LLC", "registeredId": "9521234000105"}}],
                 "inputProduct": [{"product": {"type": ["Product"], "id": "https://id.gs1.org/01/09521234100010/10/HRD-BKH-2026-01",
                                               "name": "GTIN 09521234100010, lot HRD-BKH-2026-01", "idGranularity": "batch",
                                               "batchNumber": "HRD-BKH-2026-01"},
                                   "quantity": {"value": 400, "unit": "KGM"}, "disposition": "consumed"}],
                 "outputProduct": [{"product": {"type": ["Product"], "id": "https://id.gs1.org/01/09521234200017/10/DH-C-2026-01",
                                                "name": "GTIN 09521234200017, lot DH-C-2026-01", "idGranularity": "batch",
                                                "batchNumber": "DH-C-2026-01"},
                                    "quantity": {"value": 200, "unit": "KGM"}, "disposition": "new"}],
                 "madeAtFacility": {"type": ["Facility"], "id": "https://id.gs1.org/414/9521234000273",
                                    "name": "Khangai dehairing and scouring plant", "registeredId": "9521234000273"}}
                """.utf8))
        #expect(try Self.subject(credential) == expected)
    }

    /// The Bayan-Uul cooperative ships 400 kg to the plant: from its pastures (the source
    /// location) to the plant (the destination location), owner to owner.
    @Test func theDemoShipmentIsAMoveEventBetweenTheTwoFacilities() throws {
        let sink = DiagnosticSink()
        let credential = try #require(try Self.assembler().assemble(try Self.demoEvent(2), sink: sink))
        #expect(sink.diagnostics.isEmpty)
        let subject = try Self.subject(credential)
        #expect(subject["type"] == ["MoveEvent", "LifecycleEvent"])
        #expect(subject["activityType"]?["code"] == "shipping")
        #expect(subject["fromFacility"]?["id"] == "https://id.gs1.org/414/9521234001027")
        #expect(subject["fromFacility"]?["name"] == "Bayan-Uul Herders' Cooperative pastures")
        #expect(subject["toFacility"]?["id"] == .string(Self.plant))
        #expect(subject["movedProduct"]?[0]?["quantity"] == ["value": 400, "unit": "KGM"])
        #expect(subject["movedProduct"]?[0]?["disposition"] == "inTransit")
        #expect(subject["relatedParty"]?.arrayValue?.map { $0["role"] } == ["consignor", "consignee"])
        #expect(subject["relatedParty"]?[0]?["party"]?["id"] == "https://id.gs1.org/417/9521234001027")
        #expect(subject["relatedParty"]?[1]?["party"]?["id"] == "https://id.gs1.org/417/9521234000105")
    }

    /// The fibre test of DH-C-2026-01: a 50 g sample inspected at the plant keeps its identity;
    /// its reading (mean 15.8, unit 4H, micrometre) is the event's sensor data.
    @Test func theDemoFibreTestIsAModifyEventWithItsReading() throws {
        let sink = DiagnosticSink()
        let credential = try #require(try Self.assembler().assemble(try Self.demoEvent(22), sink: sink))
        #expect(sink.diagnostics.isEmpty)
        let subject = try Self.subject(credential)
        #expect(subject["type"] == ["ModifyEvent", "LifecycleEvent"])
        #expect(subject["activityType"]?["code"] == "inspecting")
        #expect(subject["modifiedAtFacility"]?["id"] == .string(Self.plant))
        #expect(subject["modifiedProduct"]?[0]?["product"]?["batchNumber"] == "DH-C-2026-01")
        #expect(subject["modifiedProduct"]?[0]?["quantity"] == ["value": 0.05, "unit": "KGM"])
        // CBV `conformant` is UNTP `active`.
        #expect(subject["modifiedProduct"]?[0]?["disposition"] == "active")
        #expect(subject["relatedParty"]?[0]?["role"] == "inspector")
        #expect(subject["sensorData"]?[0]?["measure"] == [["value": 15.8, "unit": "4H"]])
    }

    // MARK: - Which lifecycle event

    @Test(arguments: [
        (#""type": "TransformationEvent", "bizStep": "shipping""#, LifecycleEventKind.make),
        (#""type": "ObjectEvent", "action": "ADD", "bizStep": "creating_class_instance""#, .make),
        (#""type": "ObjectEvent", "action": "OBSERVE", "bizStep": "receiving""#, .move),
        (#""type": "ObjectEvent", "action": "ADD", "bizStep": "departing""#, .move),
        (#""type": "AggregationEvent", "action": "ADD", "bizStep": "packing", "parentID": "https://id.gs1.org/00/095212340000000013""#, .make),
        (#""type": "ObjectEvent", "action": "OBSERVE", "bizStep": "inspecting""#, .modify),
        (#""type": "ObjectEvent", "action": "DELETE", "bizStep": "destroying""#, .modify),
        (#""type": "ObjectEvent", "action": "OBSERVE""#, .modify),
    ])
    func eachEPCISEventBecomesTheLifecycleEventOfItsTypeActionAndStep(fields: String, kind: LifecycleEventKind) throws {
        let list = fields.contains("TransformationEvent") ? "inputEPCList" : fields.contains("AggregationEvent") ? "childEPCs" : "epcList"
        let event = try Self.event(
            """
            {\(fields), "eventID": "urn:uuid:00000000-0000-4000-8000-000000000001", "eventTime": "2026-05-20T08:00:00Z",
             "eventTimeZoneOffset": "+00:00", "\(list)": ["https://id.gs1.org/01/09521234000426/21/7"],
             "readPoint": {"id": "\(Self.plant)"}, "destinationList": [{"type": "location", "destination": "\(Self.plant)"}],
             "sourceList": [{"type": "location", "source": "\(Self.plant)"}]}
            """)
        #expect(LifecycleEventKind(event) == kind)
        let sink = DiagnosticSink()
        let credential = try #require(try Self.assembler().assemble(event, sink: sink))
        #expect(sink.diagnostics.isEmpty)
        #expect(try Self.subject(credential)["type"] == [.string(kind.rawValue), "LifecycleEvent"])
    }

    // MARK: - Odd inputs

    @Test func anEventWithNoPlaceHasNoCredentialAndAnError() throws {
        let event = try Self.event(
            """
            {"type": "ObjectEvent", "eventID": "urn:uuid:00000000-0000-4000-8000-000000000002", "action": "OBSERVE",
             "bizStep": "inspecting", "eventTime": "2026-05-20T08:00:00Z", "eventTimeZoneOffset": "+00:00",
             "epcList": ["https://id.gs1.org/01/09521234000426/21/7"]}
            """)
        let sink = DiagnosticSink()
        #expect(try Self.assembler().assemble(event, sink: sink) == nil)
        #expect(try Self.assembler().path(of: event) == TraceabilityEventPath(eventID: "urn:uuid:00000000-0000-4000-8000-000000000002"))
        #expect(sink.diagnostics.map(\.ruleID) == ["DTE-NO-PLACE"])
        #expect(sink.diagnostics.first?.severity == .error)
        #expect(sink.diagnostics.first?.location == SourceLocation(file: "events.jsonld", pointer: "/epcisBody/eventList/0"))
    }

    /// A shipment recorded at its source, that says neither where it goes nor to whom.
    @Test func aMoveWithNoDestinationHasNoCredentialAndAnError() throws {
        let event = try Self.event(
            """
            {"type": "ObjectEvent", "eventID": "urn:uuid:00000000-0000-4000-8000-000000000003", "action": "OBSERVE",
             "bizStep": "shipping", "eventTime": "2026-05-20T08:00:00Z", "eventTimeZoneOffset": "+00:00",
             "epcList": ["https://id.gs1.org/01/09521234000426/21/7"], "readPoint": {"id": "\(Self.plant)"}}
            """)
        let sink = DiagnosticSink()
        #expect(try Self.assembler().assemble(event, sink: sink) == nil)
        #expect(sink.diagnostics.map(\.ruleID) == ["DTE-NO-PLACE"])
        #expect(sink.diagnostics.first?.message.contains("destinationList") == true)
        #expect(sink.diagnostics.first?.location.pointer == "/epcisBody/eventList/0")
    }

    /// A shipment received at the plant from the importer, which runs no facility in the
    /// catalogue: the sending end is the party, with a warning; the receiving end is where the
    /// event was recorded.
    @Test func aMoveFromAPartyWithoutAFacilityNamesThePartyAndWarns() throws {
        let importer = "https://id.gs1.org/417/9528765000192"
        let event = try Self.event(
            """
            {"type": "ObjectEvent", "eventID": "urn:uuid:00000000-0000-4000-8000-000000000004", "action": "OBSERVE",
             "bizStep": "receiving", "eventTime": "2026-05-20T08:00:00Z", "eventTimeZoneOffset": "+00:00",
             "epcList": ["https://id.gs1.org/01/09521234000426/21/7"], "readPoint": {"id": "\(Self.plant)"},
             "sourceList": [{"type": "owning_party", "source": "\(importer)"}]}
            """)
        let sink = DiagnosticSink()
        let credential = try #require(try Self.assembler().assemble(event, sink: sink))
        #expect(sink.diagnostics.map(\.ruleID) == ["DTE-PLACE-FROM-PARTY"])
        #expect(sink.diagnostics.first?.severity == .warning)
        #expect(sink.diagnostics.first?.location.pointer == "/epcisBody/eventList/0")
        let subject = try Self.subject(credential)
        #expect(subject["fromFacility"]?["id"] == .string(importer))
        #expect(subject["fromFacility"]?["name"] == "Beispiel Textil GmbH")
        #expect(subject["toFacility"]?["id"] == .string(Self.plant))
        #expect(subject["relatedParty"]?.arrayValue?.map { $0["role"] } == ["consignor"])
    }

    /// Without an `eventID` the event is published under a name taken from its content: the same
    /// in every run, different for a different event, and said in a warning.
    @Test func anEventWithoutEventIDIsNamedByItsContentAndWarned() throws {
        let template = """
            {"type": "ObjectEvent", "action": "OBSERVE", "bizStep": "inspecting", "eventTime": "2026-05-20T08:00:00Z",
             "eventTimeZoneOffset": "+00:00", "epcList": ["https://id.gs1.org/01/09521234000426/21/SERIAL"],
             "readPoint": {"id": "\(Self.plant)"}}
            """
        let events = try Self.events(
            [template, template, template.replacingOccurrences(of: "SERIAL", with: "8")].joined(separator: ",")
                .replacingOccurrences(of: "SERIAL", with: "7"))
        let assembler = try Self.assembler()
        let sink = DiagnosticSink()
        let credentials = try events.map { try #require(assembler.assemble($0, sink: sink)) }
        #expect(sink.diagnostics.map(\.ruleID) == ["DTE-NO-EVENT-ID", "DTE-NO-EVENT-ID", "DTE-NO-EVENT-ID"])
        #expect(sink.diagnostics.map(\.severity) == [.warning, .warning, .warning])
        #expect(sink.diagnostics.map(\.location.pointer) == ["/epcisBody/eventList/0", "/epcisBody/eventList/1", "/epcisBody/eventList/2"])
        #expect(credentials.allSatisfy { $0.path.name.hasPrefix("content-") && $0.path.name.utf8.count == "content-".utf8.count + 16 })
        #expect(credentials[0].path == credentials[1].path)
        #expect(credentials[0].path != credentials[2].path)
        #expect(events.map(assembler.path(of:)) == credentials.map(\.path))
        // The lifecycle event is identified within its credential.
        #expect(try Self.subject(credentials[0])["id"] == .string(credentials[0].id + "#event"))
        #expect(credentials[0].id == "https://dpp.example.com/events/\(credentials[0].path.name).jsonld")
    }
}

/// The names of business steps and event kinds an activity type gives.
@Suite struct ActivityTypeNameTests {
    static func event(_ kind: EPCISEvent.Kind, step: String?) -> EPCISEvent {
        var event = EPCISEvent(
            kind: kind, eventTime: EPCISTime(secondsSinceEpoch: 1_767_225_600), eventTimeZoneOffset: "+08:00",
            location: SourceLocation(file: "events.jsonld", pointer: "/epcisBody/eventList/0"))
        event.bizStep = step
        return event
    }

    @Test func anEventWithoutAStepIsNamedByItsKind() {
        let names = EPCISEvent.Kind.allCases.map { TraceabilityEventAssembler.activityType(of: Self.event($0, step: nil)).name }
        #expect(names == ["Object event", "Aggregation event", "Transaction event", "Transformation event", "Association event"])
    }

    @Test func aStepWithoutAVocabularyHasItsUnderscoresAsSpaces() {
        for step in ["void_shipping", "commissioning", "_a__b_", "fibre_dé_cashmere", "x_\u{301}y", "монгол_ноос", ""] {
            let expected = step.replacingOccurrences(of: "_", with: " ").capitalizedFirst
            #expect(TraceabilityEventAssembler.activityType(of: Self.event(.objectEvent, step: step)).name == expected, "\(step)")
        }
        #expect(TraceabilityEventAssembler.activityType(of: Self.event(.objectEvent, step: "void_shipping")).name == "Void shipping")
    }
}
