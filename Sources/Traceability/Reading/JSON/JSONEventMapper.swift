import Diagnostics
import JSONCore

/// Turns one JSON/JSON-LD event object into an ``EPCISEvent``.
struct JSONEventMapper {
    var fields: EventFieldReader

    init(source: String) { fields = EventFieldReader(source: source) }

    /// The event `object` at `pointer` holds, or `nil` (with diagnostics) when it cannot be read at all.
    mutating func event(from value: JSONValue, at pointer: JSONPointer, prefixes outer: JSONLDPrefixes) -> EPCISEvent? {
        guard let object = value.objectValue else {
            fields.error(.type, "an event must be a JSON object, not \(value.typeName)", at: here(pointer))
            return nil
        }
        let prefixes = object["@context"].map(outer.adding) ?? outer
        guard let typeName = object["type"]?.stringValue else {
            fields.error(
                .required, "the event has no type; give ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent or AssociationEvent",
                at: here(pointer))
            return nil
        }
        guard let kind = EPCISEvent.Kind(rawValue: typeName) else {
            fields.error(
                .unknownEventType,
                "'\(typeName)' is not an EPCIS event type (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent)",
                at: here(pointer.appending("type")))
            return nil
        }
        guard let timeText = string(object["eventTime"], "eventTime", pointer.appending("eventTime")) else {
            if object["eventTime"] == nil {
                fields.error(.required, "\(typeName) has no eventTime; add when the event happened", at: here(pointer))
            }
            return nil
        }
        guard let eventTime = fields.time(timeText, field: "eventTime", at: .pointer(pointer.appending("eventTime"))) else { return nil }
        let offsetText = string(object["eventTimeZoneOffset"], "eventTimeZoneOffset", pointer.appending("eventTimeZoneOffset"))
        let offset = offsetText.map { fields.timeZoneOffset($0, at: .pointer(pointer.appending("eventTimeZoneOffset"))) }
        var event = EPCISEvent(
            kind: kind, eventTime: eventTime, eventTimeZoneOffset: offset ?? "+00:00", location: here(pointer), origins: &fields.origins)
        let allowed = EventRequirements.allowedFields(kind)
        var present = EPCISNameSet()
        for (key, member) in object {
            let at = pointer.appending(key)
            if key == "type" || key == "@context" { continue }
            if let name = EPCISName(text: key), allowed.contains(name) {
                present.insert(name)
                read(field: key, member, at: at, into: &event, prefixes: prefixes)
            } else if let field = extensionField(key, member, at: at, prefixes: prefixes) {
                event.extensions += field
            } else if !key.utf8.contains(UInt8(ascii: ":")) {
                fields.error(
                    .unknownField, "\(typeName) has no field '\(key)'; put your own fields in a namespace declared in @context", at: here(at))
            }
        }
        EventRequirements.check(event, present: present, into: &fields)
        return event
    }

    private mutating func read(field key: String, _ value: JSONValue, at pointer: JSONPointer, into event: inout EPCISEvent, prefixes: JSONLDPrefixes)
    {
        let place = ValuePlace.pointer(pointer)
        switch key {
        case "eventTime", "eventTimeZoneOffset": break  // read first, to make the event
        case "recordTime":
            if let text = string(value, key, pointer) { event.recordTime = fields.time(text, field: key, at: place) }
        case "eventID":
            if let text = string(value, key, pointer) { event.eventID = fields.plain(text) }
        case "certificationInfo":
            let references = value.arrayValue ?? [value]
            for (index, reference) in references.enumerated() {
                let at = value.arrayValue == nil ? pointer : pointer.appending(index)
                if let text = string(reference, "certificationInfo", at) { event.certificationInfo.append(fields.shared(fields.plain(text))) }
            }
        case "errorDeclaration": event.errorDeclaration = errorDeclaration(value, at: pointer, prefixes: prefixes)
        case "action":
            if let text = string(value, key, pointer) { event.action = fields.action(text, at: place) }
        case "bizStep":
            if let text = string(value, key, pointer) { event.bizStep = fields.vocabulary(prefixes.expandValue(text), .bizStep, at: place) }
        case "disposition":
            if let text = string(value, key, pointer) {
                event.disposition = fields.vocabulary(prefixes.expandValue(text), .disposition, at: place)
            }
        case "readPoint": event.readPoint = placeID(value, key, at: pointer)
        case "bizLocation": event.bizLocation = placeID(value, key, at: pointer)
        case "parentID":
            if let text = string(value, key, pointer) { event.parentID = fields.identifier(text, field: key, at: place) }
        case "transformationID":
            if let text = string(value, key, pointer) { event.transformationID = fields.identifier(text, field: key, at: place) }
        case "epcList", "childEPCs": event.epcList += identifiers(value, key, at: pointer)
        case "inputEPCList": event.inputEPCList += identifiers(value, key, at: pointer)
        case "outputEPCList": event.outputEPCList += identifiers(value, key, at: pointer)
        case "quantityList", "childQuantityList": event.quantityList += quantities(value, key, at: pointer)
        case "inputQuantityList": event.inputQuantityList += quantities(value, key, at: pointer)
        case "outputQuantityList": event.outputQuantityList += quantities(value, key, at: pointer)
        case "persistentDisposition": event.persistentDisposition = persistentDisposition(value, at: pointer, prefixes: prefixes)
        case "bizTransactionList":
            for (index, entry) in array(value, key, pointer).enumerated() {
                let at = pointer.appending(index)
                guard let object = object(entry, "bizTransaction", at),
                    let id = string(object["bizTransaction"], "bizTransaction", at.appending("bizTransaction"))
                else { continue }
                let type = string(object["type"], "type", at.appending("type")).map {
                    fields.vocabulary(prefixes.expandValue($0), .businessTransactionType, at: .pointer(at.appending("type")))
                }
                event.bizTransactionList.append(BusinessTransaction(type: type, id: fields.identifier(id, field: "bizTransaction", at: .pointer(at))))
            }
        case "sourceList": event.sourceList += partiesOrPlaces(value, member: "source", at: pointer, prefixes: prefixes)
        case "destinationList": event.destinationList += partiesOrPlaces(value, member: "destination", at: pointer, prefixes: prefixes)
        case "sensorElementList":
            for (index, entry) in array(value, key, pointer).enumerated() {
                if let element = sensorElement(entry, at: pointer.appending(index), prefixes: prefixes) { event.sensorElementList.append(element) }
            }
        case "ilmd":
            guard let object = object(value, "ilmd", pointer) else { return }
            for (member, memberValue) in object {
                if let ilmdFields = extensionField(member, memberValue, at: pointer.appending(member), prefixes: prefixes) {
                    for field in ilmdFields { event.ilmd.append(fields.shared(field)) }
                } else {
                    fields.error(
                        .extensionNamespace,
                        "ILMD field '\(member)' has no namespace declared in @context; write it as prefix:\(member) and declare the prefix",
                        at: here(pointer.appending(member)))
                }
            }
        default: break
        }
    }

    private mutating func identifiers(_ value: JSONValue, _ field: String, at pointer: JSONPointer) -> [String] {
        var result: [String] = []
        for (index, entry) in array(value, field, pointer).enumerated() {
            if let text = string(entry, "\(field) entry", pointer.appending(index)) {
                result.append(fields.identifier(text, field: field, at: .pointer(pointer.appending(index))))
            }
        }
        return result
    }

    private mutating func quantities(_ value: JSONValue, _ field: String, at pointer: JSONPointer) -> [QuantityElement] {
        var result: [QuantityElement] = []
        for (index, entry) in array(value, field, pointer).enumerated() {
            let at = pointer.appending(index)
            guard let object = object(entry, "quantityElement", at) else { continue }
            var element = QuantityElement(epcClass: "")
            for (key, member) in object where key != "epcClass" {
                switch key {
                case "quantity":
                    if let number = member.numberValue {
                        element.quantity = fields.shared(number)
                    } else {
                        fields.error(.type, "quantity must be a number, not \(member.typeName) \(describe(member))", at: here(at.appending(key)))
                    }
                case "uom":
                    element.uom = string(member, "uom", at.appending(key))
                default:
                    fields.error(
                        .unknownField, "quantityElement has no field '\(key)'; it holds epcClass, quantity and uom", at: here(at.appending(key)))
                }
            }
            guard let epcClass = string(object["epcClass"], "epcClass", at.appending("epcClass")) else {
                if object["epcClass"] == nil { fields.error(.required, "quantityElement has no epcClass", at: here(at)) }
                continue
            }
            element.epcClass = fields.identifier(epcClass, field: "epcClass", at: .pointer(at.appending("epcClass")))
            result.append(element)
        }
        return result
    }

    private mutating func placeID(_ value: JSONValue, _ field: String, at pointer: JSONPointer) -> String? {
        guard let object = object(value, field, pointer) else { return nil }
        guard let id = string(object["id"], "\(field) id", pointer.appending("id")) else {
            if object["id"] == nil { fields.error(.required, "\(field) has no id", at: here(pointer)) }
            return nil
        }
        return fields.identifier(id, field: "\(field) id", at: .pointer(pointer.appending("id")))
    }

    private mutating func partiesOrPlaces(_ value: JSONValue, member: String, at pointer: JSONPointer, prefixes: JSONLDPrefixes) -> [PartyOrPlace] {
        var result: [PartyOrPlace] = []
        for (index, entry) in array(value, "\(member)List", pointer).enumerated() {
            let at = pointer.appending(index)
            guard let object = object(entry, member, at), let id = string(object[member], member, at.appending(member)) else {
                if entry.objectValue?[member] == nil && entry.objectValue != nil {
                    fields.error(.required, "\(member) entry has no '\(member)' member", at: here(at))
                }
                continue
            }
            guard let type = string(object["type"], "type", at.appending("type")) else {
                if object["type"] == nil {
                    fields.error(.required, "\(member) has no type (owning_party, possessing_party or location)", at: here(at))
                }
                continue
            }
            result.append(
                PartyOrPlace(
                    type: fields.vocabulary(prefixes.expandValue(type), .sourceDestinationType, at: .pointer(at.appending("type"))),
                    id: fields.identifier(id, field: member, at: .pointer(at.appending(member)))))
        }
        return result
    }

    private mutating func persistentDisposition(_ value: JSONValue, at pointer: JSONPointer, prefixes: JSONLDPrefixes) -> PersistentDisposition? {
        guard let object = object(value, "persistentDisposition", pointer) else { return nil }
        var result = PersistentDisposition()
        for key in ["set", "unset"] {
            guard let list = object[key] else { continue }
            for (index, entry) in array(list, key, pointer.appending(key)).enumerated() {
                let at = pointer.appending(key).appending(index)
                guard let text = string(entry, key, at) else { continue }
                let word = fields.vocabulary(prefixes.expandValue(text), .disposition, at: .pointer(at))
                if key == "set" { result.set.append(word) } else { result.unset.append(word) }
            }
        }
        return result
    }

    private mutating func errorDeclaration(_ value: JSONValue, at pointer: JSONPointer, prefixes: JSONLDPrefixes) -> ErrorDeclaration? {
        guard let object = object(value, "errorDeclaration", pointer) else { return nil }
        guard let timeText = string(object["declarationTime"], "declarationTime", pointer.appending("declarationTime")),
            let time = fields.time(timeText, field: "declarationTime", at: .pointer(pointer.appending("declarationTime")))
        else {
            fields.error(.required, "errorDeclaration has no valid declarationTime", at: here(pointer))
            return nil
        }
        var declaration = ErrorDeclaration(declarationTime: time)
        for (key, member) in object {
            let at = pointer.appending(key)
            switch key {
            case "declarationTime": break
            case "reason":
                if let text = string(member, key, at) {
                    declaration.reason = fields.vocabulary(prefixes.expandValue(text), .errorReason, at: .pointer(at))
                }
            case "correctiveEventIDs":
                for (index, id) in array(member, key, at).enumerated() {
                    if let text = string(id, "correctiveEventID", at.appending(index)) { declaration.correctiveEventIDs.append(fields.plain(text)) }
                }
            default:
                if let field = extensionField(key, member, at: at, prefixes: prefixes) {
                    declaration.extensions += field
                } else {
                    fields.error(.unknownField, "errorDeclaration has no field '\(key)'", at: here(at))
                }
            }
        }
        return declaration
    }

    private mutating func sensorElement(_ value: JSONValue, at pointer: JSONPointer, prefixes: JSONLDPrefixes) -> SensorElement? {
        guard let object = object(value, "sensorElement", pointer) else { return nil }
        var element = SensorElement()
        for (key, member) in object {
            let at = pointer.appending(key)
            switch key {
            case "sensorMetadata":
                guard let metadata = self.object(member, key, at) else { continue }
                element.metadata = sensorMetadata(metadata, at: at, prefixes: prefixes)
            case "sensorReport":
                for (index, entry) in array(member, key, at).enumerated() {
                    guard let report = self.object(entry, "sensorReport", at.appending(index)) else { continue }
                    element.reports.append(sensorReport(report, at: at.appending(index), prefixes: prefixes))
                }
            default:
                if let field = extensionField(key, member, at: at, prefixes: prefixes) {
                    element.extensions += field
                } else {
                    fields.error(.unknownField, "sensorElement has no field '\(key)'", at: here(at))
                }
            }
        }
        return element
    }

    private mutating func sensorMetadata(_ object: JSONObject, at pointer: JSONPointer, prefixes: JSONLDPrefixes) -> SensorMetadata {
        var metadata = SensorMetadata()
        for (key, member) in object {
            let at = pointer.appending(key)
            let location = here(at)
            if let field = extensionField(key, member, at: at, prefixes: prefixes) {
                metadata.extensions += field
                continue
            }
            guard let text = string(member, "sensorMetadata \(key)", at) else { continue }
            if !SensorFields.set(key, text, on: &metadata, fields: &fields, at: .pointer(at)) {
                fields.error(.unknownField, "sensorMetadata has no field '\(key)'", at: location)
            }
        }
        return metadata
    }

    private mutating func sensorReport(_ object: JSONObject, at pointer: JSONPointer, prefixes: JSONLDPrefixes) -> SensorReport {
        var report = SensorReport()
        for (key, member) in object {
            let at = pointer.appending(key)
            if let field = extensionField(key, member, at: at, prefixes: prefixes) {
                report.extensions += field
                continue
            }
            let text: String
            switch member {
            case .string(let string): text = ["type", "exception"].contains(key) ? prefixes.expandValue(string) : string
            case .number(let number): text = number.description
            case .bool(let bool): text = bool ? "true" : "false"
            default:
                fields.error(.type, "sensorReport \(key) must be a string, number or boolean, not \(member.typeName)", at: here(at))
                continue
            }
            if !SensorFields.set(key, text, on: &report, fields: &fields, at: .pointer(at)) {
                fields.error(.unknownField, "sensorReport has no field '\(key)'", at: here(at))
            }
        }
        return report
    }

    /// The fields of an extension member `key`: one per element when the value is an array.
    /// `nil` when the key has no declared namespace.
    private mutating func extensionField(_ key: String, _ value: JSONValue, at pointer: JSONPointer, prefixes: JSONLDPrefixes) -> [ExtensionField]? {
        guard let (namespace, name) = prefixes.expandKey(key) else {
            if key.utf8.contains(UInt8(ascii: ":")) {
                fields.error(.extensionNamespace, "the prefix of '\(key)' is not declared in @context; declare it", at: here(pointer))
                return []
            }
            return nil
        }
        let elements = value.arrayValue ?? [value]
        return elements.map { ExtensionField(namespace: namespace, name: name, value: extensionValue($0, prefixes: prefixes)) }
    }

    private mutating func extensionValue(_ value: JSONValue, prefixes: JSONLDPrefixes) -> ExtensionValue {
        switch value {
        case .string(let text): return .text(text)
        case .number(let number): return .text(number.description)
        case .bool(let bool): return .text(bool ? "true" : "false")
        case .null: return .text("")
        case .array(let elements):
            return .fields(elements.map { ExtensionField(namespace: "", name: "", value: extensionValue($0, prefixes: prefixes)) })
        case .object(let object):
            var children: [ExtensionField] = []
            for (key, member) in object {
                let (namespace, name) = prefixes.expandKey(key) ?? ("", key)
                for element in member.arrayValue ?? [member] {
                    children.append(ExtensionField(namespace: namespace, name: name, value: extensionValue(element, prefixes: prefixes)))
                }
            }
            return .fields(children)
        }
    }

    private mutating func string(_ value: JSONValue?, _ field: String, _ pointer: JSONPointer) -> String? {
        guard let value else { return nil }
        if let text = value.stringValue { return text }
        fields.error(.type, "\(field) must be a string, not \(value.typeName)", at: here(pointer))
        return nil
    }

    private mutating func object(_ value: JSONValue, _ field: String, _ pointer: JSONPointer) -> JSONObject? {
        if let object = value.objectValue { return object }
        fields.error(.type, "\(field) must be an object, not \(value.typeName)", at: here(pointer))
        return nil
    }

    private mutating func array(_ value: JSONValue, _ field: String, _ pointer: JSONPointer) -> [JSONValue] {
        if let elements = value.arrayValue { return elements }
        fields.error(.type, "\(field) must be an array, not \(value.typeName)", at: here(pointer))
        return []
    }

    private func describe(_ value: JSONValue) -> String {
        if let text = value.stringValue { return "\"\(text)\"" }
        return ""
    }

    func here(_ pointer: JSONPointer) -> SourceLocation {
        SourceLocation(file: fields.source, pointer: pointer.description)
    }
}
