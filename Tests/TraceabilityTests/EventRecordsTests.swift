import Diagnostics
import Foundation
import JSONCore
import TestSupport
import Testing

@testable import Traceability

/// Events kept as records: every field reads back as it was, in order, from the file or from
/// memory when the file cannot take them.
struct EventRecordsTests {
    /// Everything about `event` that `dump` shows: every field, rare ones and the location included.
    static func description(_ event: EPCISEvent) -> String {
        var text = ""
        dump(event, to: &text)
        return text
    }

    /// Expects `records` to give back `events`, field by field, by index and in order.
    static func expectSame(_ records: EventRecords, _ events: [EPCISEvent], _ source: String) {
        #expect(records.count == events.count, "\(source)")
        guard records.count == events.count else { return }
        var read: [EPCISEvent] = []
        records.forEach { index, event in
            #expect(index == read.count)
            read.append(event)
        }
        for index in events.indices {
            let expected = description(events[index])
            #expect(description(read[index]) == expected, "\(source) event \(index)")
            #expect(description(records.event(at: index)) == expected, "\(source) event \(index)")
        }
    }

    /// `count` events of every kind, each with long identifiers, nested ILMD, decimal quantities
    /// and locations of both forms; every fifth has rare fields.
    static func events(_ count: Int) -> [EPCISEvent] {
        (0..<count).map { number in
            let kind = EPCISEvent.Kind.allCases[number % EPCISEvent.Kind.allCases.count]
            let location =
                number % 2 == 0
                ? SourceLocation(file: "events.jsonld", pointer: "/epcisBody/eventList/\(number)")
                : SourceLocation(file: "events.xml", line: number + 3, column: 7)
            var event = EPCISEvent(
                kind: kind, eventTime: EPCISTime(secondsSinceEpoch: 1_780_000_000 + Int64(number) * 3600, nanoseconds: Int32(number % 1000)),
                eventTimeZoneOffset: number % 3 == 0 ? "+08:00" : "-05:30", location: location)
            event.action = kind == .transformationEvent ? nil : EPCISEvent.Action.allCases[number % 3]
            event.eventID = number % 4 == 0 ? nil : "urn:uuid:00000000-0000-4000-8000-\(String(number, radix: 16))"
            event.bizStep = number % 2 == 0 ? "commissioning" : "https://example.org/steps/dehairing"
            event.readPoint = "urn:epc:id:sgln:9521234.00001.\(number % 7)"
            event.bizLocation = number % 5 == 0 ? nil : "https://id.gs1.org/414/9521234000013/254/\(number % 11)"
            let lot = "https://id.gs1.org/01/09521234000280/10/LOT-\(number)-\(String(repeating: "é", count: number % 4))"
            event.epcList = [lot, lot + "/21/0001"]
            event.quantityList = [QuantityElement(epcClass: lot, quantity: JSONNumber(literal: "\(number).25"), uom: "KGM")]
            // A literal of 142 bytes takes two bytes for its length in the record.
            let longLiteral = String(repeating: "9", count: 140) + ".5"
            event.inputQuantityList = [
                QuantityElement(epcClass: lot + "-in", quantity: JSONNumber(literal: number % 7 == 0 ? longLiteral : "-1.5e-3"))
            ]
            event.outputEPCList = number % 3 == 0 ? [] : [lot + "-out"]
            event.parentID = number % 6 == 0 ? "urn:epc:id:sscc:9521234.0000000\(number % 10)" : nil
            event.ilmd = [
                ExtensionField(namespace: "https://example.org/textile", name: "process", value: .text("dehairing")),
                ExtensionField(
                    namespace: "https://example.org/textile", name: "origin",
                    value: .fields([
                        ExtensionField(namespace: "", name: "soum", value: .text("Bayan-Ovoo \(number)")),
                        ExtensionField(namespace: "https://example.org/x", name: "deep", value: .fields([])),
                    ])),
            ]
            event.sourceList = [PartyOrPlace(type: "owning_party", id: "urn:epc:id:pgln:9521234.0000\(number % 9)")]
            event.destinationList = number % 2 == 0 ? [] : [PartyOrPlace(type: "location", id: "urn:epc:id:sgln:9521234.00002.0")]
            event.certificationInfo = number % 3 == 0 ? ["https://certs.example.org/\(number)"] : []
            if number % 5 == 0 { addRareFields(number, to: &event) }
            return event
        }
    }

    /// Every rare field set, each to a value of its own (the `number`-th event's), the sensor
    /// reports' optional values set one by one across the reports, so that each is seen both set and absent.
    static func addRareFields(_ number: Int, to event: inout EPCISEvent) {
        let extra = [
            ExtensionField(namespace: "https://example.org/x", name: "note", value: .text("n\(number)")),
            ExtensionField(
                namespace: "https://example.org/x", name: "nested", value: .fields([ExtensionField(namespace: "", name: "a", value: .text("b"))])),
        ]
        event.recordTime = EPCISTime(secondsSinceEpoch: 1_780_000_100 + Int64(number), nanoseconds: 7)
        event.transformationID = "urn:uuid:transformation-\(number)"
        event.bizTransactionList = [
            BusinessTransaction(type: "po", id: "urn:epcglobal:cbv:bt:9521234000013:\(number)"), BusinessTransaction(type: nil, id: "inv-\(number)"),
        ]
        var metadata = SensorMetadata()
        metadata.time = EPCISTime(secondsSinceEpoch: -5, nanoseconds: 999_999_999)
        metadata.startTime = EPCISTime(secondsSinceEpoch: 10)
        metadata.endTime = EPCISTime(secondsSinceEpoch: 20)
        metadata.deviceID = "urn:epc:id:giai:9521234.\(number)"
        metadata.deviceMetadata = "https://example.org/device"
        metadata.rawData = "https://example.org/raw/\(number)"
        metadata.dataProcessingMethod = "https://example.org/method"
        metadata.bizRules = "https://example.org/rules"
        metadata.extensions = extra
        let texts: [WritableKeyPath<SensorReport, String?>] = [
            \.type, \.exception, \.uom, \.component, \.stringValue, \.hexBinaryValue, \.uriValue, \.deviceID, \.deviceMetadata, \.rawData,
            \.dataProcessingMethod, \.bizRules, \.microorganism, \.chemicalSubstance, \.coordinateReferenceSystem,
        ]
        let numbers: [WritableKeyPath<SensorReport, JSONNumber?>] = [\.value, \.minValue, \.maxValue, \.meanValue, \.sDev, \.percRank, \.percValue]
        var full = SensorReport()
        for (place, path) in texts.enumerated() { full[keyPath: path] = "text \(place) of \(number)" }
        for (place, path) in numbers.enumerated() { full[keyPath: path] = JSONNumber(literal: "\(place).5e\(number % 3)") }
        full.time = EPCISTime(secondsSinceEpoch: 30)
        full.booleanValue = false
        full.extensions = extra
        // One report with all set, then one with each text or number alone.
        var reports = [full]
        for path in texts {
            var report = SensorReport()
            report[keyPath: path] = "only"
            reports.append(report)
        }
        for path in numbers {
            var report = SensorReport()
            report[keyPath: path] = JSONNumber(literal: "-0.25")
            report.booleanValue = true
            reports.append(report)
        }
        event.sensorElementList = [SensorElement(metadata: metadata, reports: reports, extensions: extra), SensorElement()]
        event.persistentDisposition = PersistentDisposition(set: ["completeness_verified"], unset: ["a", "b"])
        event.errorDeclaration = ErrorDeclaration(
            declarationTime: EPCISTime(secondsSinceEpoch: 1_780_000_200, nanoseconds: 3), reason: "incorrect_data",
            correctiveEventIDs: ["urn:uuid:c-\(number)"], extensions: extra)
        event.extensions = extra.reversed()
    }

    @Test func theDemoEventsReadBackFromTheirRecords() throws {
        for name in ["events.jsonld", "events.xml"] {
            let events = XMLJSONPairTests.events(try DemoFixtures.bytes(name), source: name)
            #expect(events.count == 67)
            Self.expectSame(EventRecords(events), events, name)
        }
    }

    @Test(.requiring(.gs1, otherwise: "the GS1 and OpenEPCIS events are not read back from records"))
    func everyReferenceEventReadsBackFromItsRecord() throws {
        var events: [EPCISEvent] = []
        for path in ConformanceTests.validDocuments {
            let bytes = try ReferenceFolder.gs1.bytes(path)
            var documentEvents: [EPCISEvent] = []
            _ = EPCISReader.readEach(bytes, source: path) { documentEvents.append($0) }
            Self.expectSame(EventRecords(documentEvents), documentEvents, path)
            events += documentEvents
        }
        // The corpus holds what the records must carry: a test over plain events proves little.
        #expect(events.contains { !$0.sensorElementList.isEmpty })
        #expect(events.contains { $0.errorDeclaration != nil })
        #expect(events.contains { $0.persistentDisposition != nil })
        #expect(events.contains { !$0.extensions.isEmpty })
        #expect(events.contains { $0.ilmd.contains { !$0.value.fields.isEmpty } })
        #expect(events.contains { $0.quantityList.contains { $0.quantity?.isInteger == false } })
        #expect(events.contains { $0.location.line != nil } && events.contains { $0.location.pointer != nil })
    }

    @Test func recordsOverSeveralChunksKeepTheirOrder() {
        let events = Self.events(3000)
        let records = EventRecords(events)
        Self.expectSame(records, events, "synthetic")
        let kept = records.filter { $0 % 7 == 3 }
        Self.expectSame(kept, events.indices.filter { $0 % 7 == 3 }.map { events[$0] }, "filtered")
    }

    /// Events made one at a time, each with its own location (as step rows make them), keep
    /// their files, pointers and lines; neighbours alike in file but not in pointer stay apart.
    @Test func locationsMadeOneAtATimeReadBack() {
        let locations = [
            SourceLocation(file: "steps.csv", line: 2), SourceLocation(file: "steps.csv", line: 3),
            SourceLocation(file: "steps.csv", pointer: "/epcisBody/eventList/4"), SourceLocation(file: "steps.csv", pointer: "/other/5"),
            SourceLocation(file: "steps.csv", pointer: "/other/5"), SourceLocation(file: "steps.csv", line: 9),
            SourceLocation(file: "more.csv", line: 9), SourceLocation(file: "steps.csv", line: 10),
        ]
        let events = locations.map { location in
            EPCISEvent(
                kind: .objectEvent, eventTime: EPCISTime(secondsSinceEpoch: 1_780_000_000, nanoseconds: 0), eventTimeZoneOffset: "+08:00",
                location: location)
        }
        let records = EventRecords(events)
        #expect((0..<records.count).map { records.event(at: $0).location } == locations)
        // Read alone, without the event (as the time-order check reads it for each warning).
        #expect((0..<records.count).map { records.location(at: $0) } == locations)
        Self.expectSame(records, events, "one at a time")
    }

    /// An event's content is its record less its location: the same bytes for the event read
    /// elsewhere (another file, line or pointer), other bytes when any field differs; its
    /// `eventID` reads without the event as the event's own.
    @Test func anEventsContentIsTheSameWhereverItWasRead() {
        let events = Self.events(60)
        let moved = events.enumerated().map { number, event in
            var event = event
            event.location =
                number % 2 == 0
                ? SourceLocation(file: "moved.xml", line: 70_000 + number, column: 1) : SourceLocation(file: "moved.jsonld", pointer: "/x/\(number)")
            return event
        }
        let (records, movedRecords) = (EventRecords(events), EventRecords(moved))
        func content(_ records: EventRecords, _ index: Int) -> [UInt8] { records.withContent(at: index) { Array($0) } }
        for index in events.indices {
            #expect(records.event(at: index).location != movedRecords.event(at: index).location)
            #expect(content(records, index) == content(movedRecords, index), "event \(index)")
            #expect(records.eventID(at: index) == events[index].eventID, "event \(index)")
        }
        #expect(events.contains { $0.eventID == nil } && events.contains { $0.eventID != nil })
        // Every field is content: any two of these events differ, and so do their contents.
        #expect(Set(events.indices.map { content(records, $0) }).count == events.count)
        var changed = events[7]
        changed.certificationInfo.append("https://certs.example.org/new")
        #expect(EventRecords([changed]).withContent(at: 0) { Array($0) } != content(records, 7))
    }

    /// The paths of this process's open files that are deleted files in `folder`.
    static func deletedFilesOpen(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap { descriptor in
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)")
        }.filter { $0.hasPrefix(folder + "/") && $0.hasSuffix(" (deleted)") }
    }

    @Test func theRecordsAreInAnUnlinkedFileClosedWithThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let events = Self.events(3000)
        do {
            let builder = EventRecords.Builder(temporaryFolder: folder.path(""))
            for event in events { builder.append(event) }
            let records = builder.finish()
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("")).isEmpty)
            let open = try Self.deletedFilesOpen(in: folder.path(""))
            #expect(open.count == 1 && open.allSatisfy { $0.contains("/dpp-events-") }, "\(open)")
            Self.expectSame(records, events, "in a file")
        }
        #expect(try Self.deletedFilesOpen(in: folder.path("")).isEmpty)
        // A small document's records, less than a chunk, make no file.
        let small = EventRecords.Builder(temporaryFolder: folder.path(""))
        for event in events.prefix(20) { small.append(event) }
        let records = small.finish()
        #expect(try Self.deletedFilesOpen(in: folder.path("")).isEmpty)
        Self.expectSame(records, Array(events.prefix(20)), "small")
    }

    @Test func withoutATemporaryFolderTheRecordsStayInMemory() throws {
        let events = Self.events(3000)
        let builder = EventRecords.Builder(temporaryFolder: "/nonexistent-dpp-folder/nested")
        for event in events { builder.append(event) }
        Self.expectSame(builder.finish(), events, "in memory")
    }

    @Test(.enabled(if: SmallDisk.canMount, "the full temporary disk needs to mount a small tmpfs (root or CAP_SYS_ADMIN)"))
    func aFullTemporaryDiskKeepsTheRecordsItCannotTakeInMemory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let disk = folder.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        // Room for one chunk and a half: the first goes to the file, the others stay in memory.
        try SmallDisk.mount(at: disk, size: EventRecords.Builder.chunkSize * 3 / 2)
        defer { SmallDisk.unmount(disk) }
        let events = Self.events(9000)
        let builder = EventRecords.Builder(temporaryFolder: disk)
        for event in events { builder.append(event) }
        let records = builder.finish()
        Self.expectSame(records, events, "a full disk")
        #expect(try Self.deletedFilesOpen(in: disk).count == 1)
        // The chunk that did not fit is cut from the file: the disk keeps its room for the site.
        let free = try FileManager.default.attributesOfFileSystem(forPath: disk)[.systemFreeSize] as? Int ?? 0
        #expect(free >= EventRecords.Builder.chunkSize * 3 / 2 - EventRecords.Builder.chunkSize - 8192, "\(free) bytes free")
    }
}
