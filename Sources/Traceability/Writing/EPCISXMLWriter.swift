/// Writes events as an EPCIS 2.0 XML document (`epcis:EPCISDocument`), each event's elements in
/// the order the EPCIS 2.0 XSD requires, in the layout of the demo's `events.xml`.
///
/// It writes the same fields as ``EPCISJSONLDWriter``; vocabulary values are written as their
/// URNs (``CBVVocabulary/xmlSpelling(_:)``), as the XSD's types ask.
public enum EPCISXMLWriter {
    /// `events` as a UTF-8 document created at `creationDate`.
    public static func document(_ events: [EPCISEvent], creationDate: EPCISTime) -> [UInt8] {
        let namespaces = EPCISNamespaces(events)
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\""
        text += "\n    xmlns:gs1=\"https://gs1.org/voc/\""
        for declaration in namespaces.declarations {
            text += "\n    xmlns:\(declaration.prefix)=\"\(escaped(declaration.xmlIRI))\""
        }
        text += "\n    schemaVersion=\"2.0\" creationDate=\"\(creationDate)\">\n  <EPCISBody>\n    <EventList>\n"
        for event in events { write(event, namespaces: namespaces, into: &text) }
        text += "    </EventList>\n  </EPCISBody>\n</epcis:EPCISDocument>\n"
        return Array(text.utf8)
    }

    /// The parts of an event after the common ones, in the XSD's order for each event type.
    private enum Part {
        case parentID, epcList, childEPCs, action, bizStep, disposition, readPoint, bizLocation, bizTransactionList
        case quantityList, childQuantityList, inputQuantityList, outputQuantityList, sourceList, destinationList
        case sensorElementList, ilmd
    }

    private static func parts(of kind: EPCISEvent.Kind) -> [Part] {
        let tail: [Part] = [.sourceList, .destinationList, .sensorElementList]
        let located: [Part] = [.bizStep, .disposition, .readPoint, .bizLocation, .bizTransactionList]
        switch kind {
        case .objectEvent: return [.epcList, .action] + located + [.quantityList] + tail + [.ilmd]
        case .aggregationEvent, .associationEvent: return [.parentID, .childEPCs, .action] + located + [.childQuantityList] + tail
        case .transactionEvent:
            return [.bizTransactionList, .parentID, .epcList, .action, .bizStep, .disposition, .readPoint, .bizLocation, .quantityList] + tail
        case .transformationEvent: return [.inputQuantityList, .outputQuantityList] + located + tail + [.ilmd]
        }
    }

    private static func write(_ event: EPCISEvent, namespaces: EPCISNamespaces, into text: inout String) {
        let indent = "        "
        text += "      <\(event.kind.rawValue)>\n"
        text += "\(indent)<eventTime>\(event.eventTime)</eventTime>\n"
        text += "\(indent)<eventTimeZoneOffset>\(escaped(event.eventTimeZoneOffset))</eventTimeZoneOffset>\n"
        if let id = event.eventID { text += "\(indent)<eventID>\(escaped(id))</eventID>\n" }
        for certificate in event.certificationInfo { text += "\(indent)<certificationInfo>\(escaped(certificate))</certificationInfo>\n" }
        for part in parts(of: event.kind) { write(part, of: event, namespaces: namespaces, indent: indent, into: &text) }
        text += "      </\(event.kind.rawValue)>\n"
    }

    private static func write(_ part: Part, of event: EPCISEvent, namespaces: EPCISNamespaces, indent: String, into text: inout String) {
        func element(_ name: String, _ value: String?) {
            if let value { text += "\(indent)<\(name)>\(escaped(value))</\(name)>\n" }
        }
        func list(_ name: String, _ epcs: [String]) {
            guard !epcs.isEmpty else { return }
            text += "\(indent)<\(name)>" + epcs.map { "<epc>\(escaped($0))</epc>" }.joined() + "</\(name)>\n"
        }
        switch part {
        case .parentID: element("parentID", event.parentID)
        case .epcList: list("epcList", event.epcList)
        case .childEPCs: list("childEPCs", event.epcList)
        case .action: element("action", event.action?.rawValue)
        case .bizStep: element("bizStep", event.bizStep.map(CBVVocabulary.bizStep.xmlSpelling))
        case .disposition: element("disposition", event.disposition.map(CBVVocabulary.disposition.xmlSpelling))
        case .readPoint: if let id = event.readPoint { text += "\(indent)<readPoint><id>\(escaped(id))</id></readPoint>\n" }
        case .bizLocation: if let id = event.bizLocation { text += "\(indent)<bizLocation><id>\(escaped(id))</id></bizLocation>\n" }
        case .bizTransactionList:
            guard !event.bizTransactionList.isEmpty else { return }
            text += "\(indent)<bizTransactionList>\n"
            for transaction in event.bizTransactionList {
                let type = transaction.type.map { " type=\"\(escaped(CBVVocabulary.businessTransactionType.xmlSpelling($0)))\"" } ?? ""
                text += "\(indent)  <bizTransaction\(type)>\(escaped(transaction.id))</bizTransaction>\n"
            }
            text += "\(indent)</bizTransactionList>\n"
        case .quantityList: quantities("quantityList", event.quantityList, indent: indent, into: &text)
        case .childQuantityList: quantities("childQuantityList", event.quantityList, indent: indent, into: &text)
        case .inputQuantityList: quantities("inputQuantityList", event.inputQuantityList, indent: indent, into: &text)
        case .outputQuantityList: quantities("outputQuantityList", event.outputQuantityList, indent: indent, into: &text)
        case .sourceList: places("source", event.sourceList, indent: indent, into: &text)
        case .destinationList: places("destination", event.destinationList, indent: indent, into: &text)
        case .sensorElementList: sensors(event.sensorElementList, indent: indent, into: &text)
        case .ilmd:
            guard !event.ilmd.isEmpty else { return }
            text += "\(indent)<ilmd>\n"
            fields(event.ilmd, namespaces: namespaces, indent: indent + "  ", into: &text)
            text += "\(indent)</ilmd>\n"
        }
    }

    private static func quantities(_ name: String, _ list: [QuantityElement], indent: String, into text: inout String) {
        guard !list.isEmpty else { return }
        text += "\(indent)<\(name)>\n"
        for element in list {
            text += "\(indent)  <quantityElement>\n\(indent)    <epcClass>\(escaped(element.epcClass))</epcClass>\n"
            if let quantity = element.quantity { text += "\(indent)    <quantity>\(quantity)</quantity>\n" }
            if let uom = element.uom { text += "\(indent)    <uom>\(escaped(uom))</uom>\n" }
            text += "\(indent)  </quantityElement>\n"
        }
        text += "\(indent)</\(name)>\n"
    }

    private static func places(_ name: String, _ list: [PartyOrPlace], indent: String, into text: inout String) {
        guard !list.isEmpty else { return }
        text += "\(indent)<\(name)List>\n"
        for place in list {
            let type = escaped(CBVVocabulary.sourceDestinationType.xmlSpelling(place.type))
            text += "\(indent)  <\(name) type=\"\(type)\">\(escaped(place.id))</\(name)>\n"
        }
        text += "\(indent)</\(name)List>\n"
    }

    private static func sensors(_ list: [SensorElement], indent: String, into text: inout String) {
        guard !list.isEmpty else { return }
        text += "\(indent)<sensorElementList>\n"
        for element in list {
            text += "\(indent)  <sensorElement>\n"
            let metadata = attributes([
                ("time", element.metadata.time?.description), ("dataProcessingMethod", element.metadata.dataProcessingMethod),
            ])
            if !metadata.isEmpty { text += "\(indent)    <sensorMetadata\(metadata)/>\n" }
            for report in element.reports {
                let values = attributes([
                    ("type", report.type.map(CBVVocabulary.measurementType.xmlSpelling)), ("value", report.value?.description),
                    ("meanValue", report.meanValue?.description), ("sDev", report.sDev?.description),
                    ("percRank", report.percRank?.description), ("percValue", report.percValue?.description), ("uom", report.uom),
                ])
                text += "\(indent)    <sensorReport\(values)/>\n"
            }
            text += "\(indent)  </sensorElement>\n"
        }
        text += "\(indent)</sensorElementList>\n"
    }

    /// ` name="value"` for each pair with a value.
    private static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(escaped($0))\"" } }.joined()
    }

    private static func fields(_ fields: [ExtensionField], namespaces: EPCISNamespaces, indent: String, into text: inout String) {
        for field in fields {
            let name = namespaces.qualifiedName(of: field)
            switch field.value {
            case .text(let value): text += "\(indent)<\(name)>\(escaped(value))</\(name)>\n"
            case .fields(let children):
                text += "\(indent)<\(name)>\n"
                Self.fields(children, namespaces: namespaces, indent: indent + "  ", into: &text)
                text += "\(indent)</\(name)>\n"
            }
        }
    }

    /// `value` with `&`, `<`, `>` and `"` escaped, for text and attribute values.
    private static func escaped(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
