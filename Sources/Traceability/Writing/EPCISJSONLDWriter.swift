import JSONCore

/// Writes events as an EPCIS 2.0 JSON-LD document (`EPCISDocument`), in the layout of GS1's
/// examples and of the demo's `events.jsonld`.
///
/// It writes what an event built by TextilePassport holds: identity and times, action,
/// business step and disposition, EPC and quantity lists, parent, read point and business
/// location, business transactions, sources and destinations, sensor readings (metadata time
/// and processing method; report type, value, statistics and unit), certification and ILMD.
/// Record times, persistent dispositions, error declarations and event extensions are not
/// written.
public enum EPCISJSONLDWriter {
    /// The EPCIS 2.0 JSON-LD context every document names first.
    public static let epcisContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

    /// `events` as a pretty-printed UTF-8 document created at `creationDate`.
    public static func document(_ events: [EPCISEvent], creationDate: EPCISTime) -> [UInt8] {
        let namespaces = EPCISNamespaces(events)
        var context: [JSONValue] = [.string(epcisContext)]
        let local = namespaces.declarations.filter { $0.prefix != "cbvmda" }
        if !local.isEmpty { context.append(.object(JSONObject(local.map { ($0.prefix, .string($0.jsonIRI)) }))) }
        let document: JSONObject = [
            "@context": .array(context), "type": "EPCISDocument", "schemaVersion": "2.0",
            "creationDate": .string(creationDate.description),
            "epcisBody": ["eventList": .array(events.map { .object(object(of: $0, namespaces: namespaces)) })],
        ]
        return JSONWriter(pretty: true).bytes(.object(document))
    }

    private static func object(of event: EPCISEvent, namespaces: EPCISNamespaces) -> JSONObject {
        var object: JSONObject = [
            "type": .string(event.kind.rawValue), "eventTime": .string(event.eventTime.description),
            "eventTimeZoneOffset": .string(event.eventTimeZoneOffset),
        ]
        let isAggregation = event.kind == .aggregationEvent || event.kind == .associationEvent
        object["action"] = event.action.map { .string($0.rawValue) }
        object["bizStep"] = event.bizStep.map(JSONValue.string)
        object["disposition"] = event.disposition.map(JSONValue.string)
        object["parentID"] = event.parentID.map(JSONValue.string)
        object[isAggregation ? "childEPCs" : "epcList"] = nonEmpty(event.epcList.map(JSONValue.string))
        object[isAggregation ? "childQuantityList" : "quantityList"] = quantities(event.quantityList)
        object["inputQuantityList"] = quantities(event.inputQuantityList)
        object["outputQuantityList"] = quantities(event.outputQuantityList)
        object["readPoint"] = event.readPoint.map { ["id": .string($0)] }
        object["bizLocation"] = event.bizLocation.map { ["id": .string($0)] }
        object["bizTransactionList"] = nonEmpty(
            event.bizTransactionList.map { transaction in
                var element = JSONObject()
                element["type"] = transaction.type.map(JSONValue.string)
                element["bizTransaction"] = .string(transaction.id)
                return .object(element)
            })
        object["sourceList"] = nonEmpty(event.sourceList.map { ["type": .string($0.type), "source": .string($0.id)] })
        object["destinationList"] = nonEmpty(event.destinationList.map { ["type": .string($0.type), "destination": .string($0.id)] })
        object["sensorElementList"] = nonEmpty(event.sensorElementList.map(sensorElement))
        switch event.certificationInfo.count {
        case 0: break
        case 1: object["certificationInfo"] = .string(event.certificationInfo[0])
        default: object["certificationInfo"] = .array(event.certificationInfo.map(JSONValue.string))
        }
        if !event.ilmd.isEmpty { object["ilmd"] = .object(fields(event.ilmd, namespaces: namespaces)) }
        object["eventID"] = event.eventID.map(JSONValue.string)
        return object
    }

    private static func nonEmpty(_ elements: [JSONValue]) -> JSONValue? {
        elements.isEmpty ? nil : .array(elements)
    }

    private static func quantities(_ list: [QuantityElement]) -> JSONValue? {
        nonEmpty(
            list.map { element in
                var object: JSONObject = ["epcClass": .string(element.epcClass)]
                object["quantity"] = element.quantity.map(JSONValue.number)
                object["uom"] = element.uom.map(JSONValue.string)
                return .object(object)
            })
    }

    private static func sensorElement(_ element: SensorElement) -> JSONValue {
        var metadata = JSONObject()
        metadata["time"] = element.metadata.time.map { .string($0.description) }
        metadata["dataProcessingMethod"] = element.metadata.dataProcessingMethod.map(JSONValue.string)
        let reports: [JSONValue] = element.reports.map { report in
            var object = JSONObject()
            object["type"] = report.type.map(JSONValue.string)
            object["value"] = report.value.map(JSONValue.number)
            object["meanValue"] = report.meanValue.map(JSONValue.number)
            object["sDev"] = report.sDev.map(JSONValue.number)
            object["percRank"] = report.percRank.map(JSONValue.number)
            object["percValue"] = report.percValue.map(JSONValue.number)
            object["uom"] = report.uom.map(JSONValue.string)
            return .object(object)
        }
        var object = JSONObject()
        if !metadata.isEmpty { object["sensorMetadata"] = .object(metadata) }
        object["sensorReport"] = .array(reports)
        return .object(object)
    }

    /// ILMD fields by qualified name, repeated names as arrays.
    private static func fields(_ fields: [ExtensionField], namespaces: EPCISNamespaces) -> JSONObject {
        var object = JSONObject()
        for field in fields {
            let key = namespaces.qualifiedName(of: field)
            let value: JSONValue
            switch field.value {
            case .text(let text): value = .string(text)
            case .fields(let children): value = .object(Self.fields(children, namespaces: namespaces))
            }
            switch object[key] {
            case nil: object[key] = value
            case .array(var elements)?: elements.append(value); object[key] = .array(elements)
            case let existing?: object[key] = .array([existing, value])
            }
        }
        return object
    }
}
