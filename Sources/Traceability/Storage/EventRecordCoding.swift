import JSONCore
import Spooling

/// The byte form of an event in ``EventRecords``: its location, then every field but the rare
/// ones, in a fixed order.
///
/// Integers are LEB128 varints (signed ones zigzag-encoded); a string is its UTF-8 length and
/// bytes; an optional string is its length plus one, 0 when absent; a list is its count and its
/// elements. The location comes first, so that what follows it (``content(of:)``) is the event's
/// content alone, the same wherever in its input the event is; its file and pointer, shared by
/// the events of a document, are a number into a table the records keep beside the bytes. The
/// rare fields (see ``RareEventFields``) come last, as `EventRecordCoding+RareFields.swift`
/// writes them.
enum EventRecordCoding {
    /// Appends the record of `event` to `bytes`; `origin` is the number of its location's origin
    /// in the records' table.
    static func append(_ event: EPCISEvent, origin: Int, to bytes: inout [UInt8]) {
        // The buffer moved into the writer and back, so that appending never copies it.
        var writer = RecordWriter(bytes: bytes)
        bytes = []
        let location = event.storedLocation
        writer.unsigned(UInt64(origin))
        writer.signed(Int64(location.line))
        writer.signed(Int64(location.column))
        writer.signed(Int64(location.index))
        writer.byte(code(of: event.kind))
        writer.byte(event.action.map(code(of:)) ?? 0)
        writer.time(event.eventTime)
        writer.optionalString(event.eventID)
        writer.string(event.eventTimeZoneOffset)
        writer.optionalString(event.bizStep)
        writer.optionalString(event.disposition)
        writer.optionalString(event.readPoint)
        writer.optionalString(event.bizLocation)
        // The identifiers together, the container first (see ``Identifiers``).
        writer.optionalString(event.parentID)
        writer.strings(event.epcList)
        writer.quantities(event.quantityList)
        writer.strings(event.inputEPCList)
        writer.quantities(event.inputQuantityList)
        writer.strings(event.outputEPCList)
        writer.quantities(event.outputQuantityList)
        writer.fields(event.ilmd)
        writer.places(event.sourceList)
        writer.places(event.destinationList)
        writer.strings(event.certificationInfo)
        appendRare(event.rare?.fields, to: &writer)
        bytes = writer.bytes
    }

    /// The event whose record is `bytes`, its location's origin looked up in `origins`.
    static func event(_ bytes: UnsafeRawBufferPointer, origins: [EventSourceLocation.Origin]) -> EPCISEvent {
        var reader = RecordReader(bytes: bytes)
        let location = readLocation(&reader, origins: origins)
        let kind = kinds[Int(reader.byte())]
        let actionCode = Int(reader.byte())
        let time = reader.time()
        let eventID = reader.optionalString()
        let zone = reader.string()
        var origin = EventSourceLocation.Origins()
        var event = EPCISEvent(kind: kind, eventTime: time, eventTimeZoneOffset: zone, location: .init(file: ""), origins: &origin)
        event.action = actionCode == 0 ? nil : actions[actionCode - 1]
        event.eventID = eventID
        event.bizStep = reader.optionalString()
        event.disposition = reader.optionalString()
        event.readPoint = reader.optionalString()
        event.bizLocation = reader.optionalString()
        event.parentID = reader.optionalString()
        event.epcList = reader.strings()
        event.quantityList = reader.quantities()
        event.inputEPCList = reader.strings()
        event.inputQuantityList = reader.quantities()
        event.outputEPCList = reader.strings()
        event.outputQuantityList = reader.quantities()
        event.ilmd = reader.fields()
        event.sourceList = reader.places()
        event.destinationList = reader.places()
        event.certificationInfo = reader.strings()
        event.storedLocation = location
        event.rare = readRare(&reader)
        return event
    }

    /// Where the event whose record is `bytes` was read, its origin looked up in `origins`:
    /// the record's first fields, read without the rest (an event may list thousands of lots).
    static func location(_ bytes: UnsafeRawBufferPointer, origins: [EventSourceLocation.Origin]) -> EventSourceLocation {
        var reader = RecordReader(bytes: bytes)
        return readLocation(&reader, origins: origins)
    }

    /// Reads a record's location, its first fields.
    private static func readLocation(_ reader: inout RecordReader, origins: [EventSourceLocation.Origin]) -> EventSourceLocation {
        let originNumber = Int(reader.unsigned())
        let line = Int32(truncatingIfNeeded: reader.signed())
        let column = Int32(truncatingIfNeeded: reader.signed())
        let index = Int32(truncatingIfNeeded: reader.signed())
        return EventSourceLocation(origin: origins[originNumber], line: line, column: column, index: index)
    }

    private static let kinds = EPCISEvent.Kind.allCases
    private static let actions = EPCISEvent.Action.allCases

    /// The code of `kind` in a record: its place in ``kinds``. Found by a switch: a dictionary
    /// by kind hashes the kind's raw text, once an event.
    private static func code(of kind: EPCISEvent.Kind) -> UInt8 {
        switch kind {
        case .objectEvent: 0
        case .aggregationEvent: 1
        case .transactionEvent: 2
        case .transformationEvent: 3
        case .associationEvent: 4
        }
    }

    /// The code of `action` in a record: one more than its place in ``actions`` (0 is none).
    private static func code(of action: EPCISEvent.Action) -> UInt8 {
        switch action {
        case .add: 1
        case .observe: 2
        case .delete: 3
        }
    }

    /// The kind, action and time of a record and its identifiers, read in place without making
    /// the event: what the trace graph's index and the time-order check need of every event.
    /// The record `bytes` after its location: the event's content, the same bytes for two
    /// records of one event wherever in their inputs each was read.
    static func content(of bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var reader = RecordReader(bytes: bytes)
        // The origin, line, column and index.
        for _ in 0..<4 { _ = reader.unsigned() }
        return UnsafeRawBufferPointer(rebasing: bytes[reader.position...])
    }

    /// The `eventID` of the record `bytes`, read without making the event.
    static func eventID(_ bytes: UnsafeRawBufferPointer) -> String? {
        var reader = RecordReader(bytes: content(of: bytes))
        // The kind, the action and the time.
        _ = reader.byte()
        _ = reader.byte()
        _ = reader.time()
        return reader.optionalString()
    }

    struct Identifiers {
        /// Which list of the event an identifier is in.
        enum Field {
            case parent, epc, quantity, inputEPC, inputQuantity, outputEPC, outputQuantity
        }

        let kind: EPCISEvent.Kind
        let action: EPCISEvent.Action?
        let eventTime: EPCISTime
        /// Whether the event names a container (`parentID`).
        let hasParent: Bool
        /// The record, read from its container on.
        private let reader: RecordReader

        /// The identifiers of the record `bytes`.
        init(_ bytes: UnsafeRawBufferPointer) {
            var reader = RecordReader(bytes: content(of: bytes))
            kind = kinds[Int(reader.byte())]
            let actionCode = Int(reader.byte())
            action = actionCode == 0 ? nil : actions[actionCode - 1]
            eventTime = reader.time()
            // eventID, eventTimeZoneOffset, bizStep, disposition, readPoint, bizLocation.
            reader.skipOptionalString()
            reader.skipString()
            for _ in 0..<4 { reader.skipOptionalString() }
            self.reader = reader
            var probe = reader
            hasParent = probe.unsigned() != 0
        }

        /// Calls `body` with each identifier's UTF-8 bytes and its list, in the record's order.
        func forEach(_ body: (Field, UnsafeRawBufferPointer) -> Void) {
            var reader = reader
            if let parent = reader.optionalBytes() { body(.parent, parent) }
            // An identifier list, then its quantity list (each element's class, then its quantity and unit).
            func lists(_ epcs: Field, _ quantities: Field) {
                for _ in 0..<reader.unsigned() { body(epcs, reader.stringBytes()) }
                for _ in 0..<reader.unsigned() {
                    body(quantities, reader.stringBytes())
                    reader.skipOptionalString()
                    reader.skipOptionalString()
                }
            }
            lists(.epc, .quantity)
            lists(.inputEPC, .inputQuantity)
            lists(.outputEPC, .outputQuantity)
        }
    }
}
