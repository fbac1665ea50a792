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
