import JSONCore

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
        var writer = Writer(bytes: bytes)
        bytes = []
        let location = event.storedLocation
        writer.unsigned(UInt64(origin))
        writer.signed(Int64(location.line))
        writer.signed(Int64(location.column))
        writer.signed(Int64(location.index))
        writer.byte(kindCodes[event.kind]!)
        writer.byte(event.action.map { actionCodes[$0]! } ?? 0)
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
        var reader = Reader(bytes: bytes)
        let originNumber = Int(reader.unsigned())
        let line = Int32(truncatingIfNeeded: reader.signed())
        let column = Int32(truncatingIfNeeded: reader.signed())
        let index = Int32(truncatingIfNeeded: reader.signed())
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
        event.storedLocation = EventSourceLocation(origin: origins[originNumber], line: line, column: column, index: index)
        event.rare = readRare(&reader)
        return event
    }

    private static let kinds = EPCISEvent.Kind.allCases
    private static let kindCodes = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, UInt8($0)) })
    private static let actions = EPCISEvent.Action.allCases
    private static let actionCodes = Dictionary(uniqueKeysWithValues: actions.enumerated().map { ($1, UInt8($0 + 1)) })

    /// The kind, action and time of a record and its identifiers, read in place without making
    /// the event: what the trace graph's index and the time-order check need of every event.
    /// The record `bytes` after its location: the event's content, the same bytes for two
    /// records of one event wherever in their inputs each was read.
    static func content(of bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var reader = Reader(bytes: bytes)
        // The origin, line, column and index.
        for _ in 0..<4 { _ = reader.unsigned() }
        return UnsafeRawBufferPointer(rebasing: bytes[reader.position...])
    }

    /// The `eventID` of the record `bytes`, read without making the event.
    static func eventID(_ bytes: UnsafeRawBufferPointer) -> String? {
        var reader = Reader(bytes: content(of: bytes))
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
        private let reader: Reader

        /// The identifiers of the record `bytes`.
        init(_ bytes: UnsafeRawBufferPointer) {
            var reader = Reader(bytes: content(of: bytes))
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

    /// Appends the parts of a record.
    struct Writer {
        var bytes: [UInt8]

        mutating func byte(_ value: UInt8) { bytes.append(value) }

        mutating func unsigned(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

        /// A time: its seconds, then its nanoseconds.
        mutating func time(_ value: EPCISTime) {
            signed(value.secondsSinceEpoch)
            signed(Int64(value.nanoseconds))
        }

        /// A time that may be absent: a flag, then the time.
        mutating func optionalTime(_ value: EPCISTime?) {
            guard let value else { return byte(0) }
            byte(1)
            time(value)
        }

        mutating func string(_ value: String) {
            unsigned(UInt64(value.utf8.count))
            bytes.append(contentsOf: value.utf8)
        }

        mutating func optionalString(_ value: String?) {
            guard let value else { return unsigned(0) }
            unsigned(UInt64(value.utf8.count) + 1)
            bytes.append(contentsOf: value.utf8)
        }

        mutating func strings(_ values: [String]) {
            unsigned(UInt64(values.count))
            for value in values { string(value) }
        }

        mutating func quantities(_ values: [QuantityElement]) {
            unsigned(UInt64(values.count))
            for value in values {
                string(value.epcClass)
                optionalString(value.quantity?.description)
                optionalString(value.uom)
            }
        }

        mutating func places(_ values: [PartyOrPlace]) {
            unsigned(UInt64(values.count))
            for value in values {
                string(value.type)
                string(value.id)
            }
        }

        /// Extension fields, each a text (tag 0) or nested fields (tag 1).
        mutating func fields(_ values: [ExtensionField]) {
            unsigned(UInt64(values.count))
            for value in values {
                string(value.namespace)
                string(value.name)
                switch value.value {
                case .text(let text):
                    byte(0)
                    string(text)
                case .fields(let children):
                    byte(1)
                    fields(children)
                }
            }
        }
    }

    /// Reads the parts of a record written by ``Writer``, in the same order.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        mutating func byte() -> UInt8 {
            defer { position += 1 }
            return bytes[position]
        }

        mutating func unsigned() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = byte()
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
            }
        }

        mutating func signed() -> Int64 {
            let value = unsigned()
            return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
        }

        mutating func string() -> String { text(count: Int(unsigned())) }

        mutating func time() -> EPCISTime {
            EPCISTime(secondsSinceEpoch: signed(), nanoseconds: Int32(truncatingIfNeeded: signed()))
        }

        mutating func optionalTime() -> EPCISTime? { byte() != 0 ? time() : nil }

        mutating func optionalString() -> String? {
            let count = Int(unsigned())
            return count == 0 ? nil : text(count: count - 1)
        }

        /// The bytes of the next string.
        mutating func stringBytes() -> UnsafeRawBufferPointer { slice(count: Int(unsigned())) }

        /// The bytes of the next optional string; nil when absent.
        mutating func optionalBytes() -> UnsafeRawBufferPointer? {
            let count = Int(unsigned())
            return count == 0 ? nil : slice(count: count - 1)
        }

        mutating func skipString() { position += Int(unsigned()) }

        mutating func skipOptionalString() { position += max(Int(unsigned()) - 1, 0) }

        private mutating func slice(count: Int) -> UnsafeRawBufferPointer {
            defer { position += count }
            return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
        }

        private mutating func text(count: Int) -> String {
            defer { position += count }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + count]), as: UTF8.self)
        }

        /// A list: its count, then each element as `element` reads it.
        mutating func list<Element>(_ element: (inout Reader) -> Element) -> [Element] {
            let count = Int(unsigned())
            guard count > 0 else { return [] }
            var elements: [Element] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(element(&self)) }
            return elements
        }

        mutating func strings() -> [String] { list { $0.string() } }

        mutating func quantities() -> [QuantityElement] {
            list { reader in
                let epcClass = reader.string()
                let quantity = reader.optionalString().flatMap { JSONNumber(literal: $0) }
                return QuantityElement(epcClass: epcClass, quantity: quantity, uom: reader.optionalString())
            }
        }

        mutating func places() -> [PartyOrPlace] { list { PartyOrPlace(type: $0.string(), id: $0.string()) } }

        mutating func fields() -> [ExtensionField] {
            list { reader in
                let namespace = reader.string()
                let name = reader.string()
                let value: ExtensionValue = reader.byte() == 0 ? .text(reader.string()) : .fields(reader.fields())
                return ExtensionField(normalisedNamespace: namespace, name: name, value: value)
            }
        }
    }
}
