import JSONCore
import Spooling

/// The parts of an event's record beyond strings and numbers: times, quantities, parties and
/// places, extension fields.
extension RecordWriter {
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

    mutating func quantities(_ values: [QuantityElement]) {
        unsigned(UInt64(values.count))
        for value in values {
            string(value.epcClass)
            optionalNumber(value.quantity)
            optionalString(value.uom)
        }
    }

    /// A number that may be absent, as ``optionalString(_:)`` writes its literal (its
    /// `description`), the literal written in place: no string is made on the way.
    mutating func optionalNumber(_ value: JSONNumber?) {
        guard let value else { return unsigned(0) }
        let lengthAt = bytes.count
        bytes.append(0)
        value.write(into: &bytes)
        let length = bytes.count - lengthAt - 1
        if length + 1 < 0x80 {
            bytes[lengthAt] = UInt8(length + 1)
            return
        }
        // A literal of 127 bytes or more: its length takes more than the byte kept for it.
        let literal = Array(bytes[(lengthAt + 1)...])
        bytes.removeSubrange(lengthAt...)
        unsigned(UInt64(length) + 1)
        bytes.append(contentsOf: literal)
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

/// Reads the parts ``RecordWriter``'s event extension writes, in the same order.
extension RecordReader {
    mutating func time() -> EPCISTime {
        EPCISTime(secondsSinceEpoch: signed(), nanoseconds: Int32(truncatingIfNeeded: signed()))
    }

    mutating func optionalTime() -> EPCISTime? { byte() != 0 ? time() : nil }

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
