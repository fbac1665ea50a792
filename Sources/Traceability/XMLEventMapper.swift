import Diagnostics

/// Turns the element tree of one XML event into an ``EPCISEvent``.
struct XMLEventMapper {
    /// The namespaces EPCIS's own elements may carry (they usually have none).
    static let epcisNamespaces: Set<String> = [
        "", "urn:epcglobal:epcis:xsd:2", "urn:epcglobal:epcis:xsd:1",
        "urn:epcglobal:epcis-query:xsd:2", "urn:epcglobal:epcis-query:xsd:1",
    ]
    private static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    var fields: EventFieldReader
    /// The prefixes declared in the document, for prefixed vocabulary values.
    private var prefixes = JSONLDPrefixes.standard

    init(source: String) { fields = EventFieldReader(source: source) }

    /// The event `node` holds, or `nil` (with diagnostics) when it cannot be read at all.
    mutating func event(from node: XMLElementNode, prefixes: JSONLDPrefixes) -> EPCISEvent? {
        self.prefixes = prefixes
        guard let kind = EPCISEvent.Kind(rawValue: node.name) else { return nil }
        let location = here(node)
        guard let timeNode = findStandard("eventTime", in: node) else {
            fields.error("EPCIS-REQUIRED", "\(kind.rawValue) has no eventTime; add when the event happened", at: location)
            return nil
        }
        guard let eventTime = fields.time(timeNode.text, field: "eventTime", at: here(timeNode)) else { return nil }
        let offset = findStandard("eventTimeZoneOffset", in: node)
        var event = EPCISEvent(
            kind: kind, eventTime: eventTime,
            eventTimeZoneOffset: offset.map { fields.timeZoneOffset($0.text, at: here($0)) } ?? "+00:00",
            location: location)
        var present: Set<String> = []
        read(children: node.children, into: &event, present: &present, allowed: EventRequirements.allowedFields(kind))
        checkOrder(of: node, kind: kind)
        EventRequirements.check(event, present: present, into: &fields)
        return event
    }

    private mutating func read(children: [XMLElementNode], into event: inout EPCISEvent, present: inout Set<String>, allowed: Set<String>) {
        for child in children {
            guard isStandard(child) else {
                event.extensions.append(extensionField(child))
                continue
            }
            // EPCIS 1.x wrappers hold standard fields one level down.
            if child.name == "extension" || child.name == "baseExtension" {
                read(children: child.children, into: &event, present: &present, allowed: allowed)
                continue
            }
            guard allowed.contains(child.name) else {
                fields.error("EPCIS-UNKNOWN-FIELD", "\(event.kind.rawValue) has no field '\(child.name)'; put your own fields in a namespace of your own", at: here(child))
                continue
            }
            present.insert(child.name)
            read(field: child, into: &event)
        }
    }

    /// Warns about standard elements out of the schema's order; readers accept any order, but
    /// schema validators and older systems do not.
    private mutating func checkOrder(of node: XMLElementNode, kind: EPCISEvent.Kind) {
        let positions = EventRequirements.schemaPositions(kind)
        var highest = -1
        var highestName = ""
        for child in node.children where isStandard(child) {
            guard let position = positions[child.name] else { continue }
            if position < highest {
                fields.warning("EPCIS-XML-ELEMENT-ORDER", "'\(child.name)' comes after '\(highestName)', against the order of the EPCIS 2.0 XML schema; schema validators will reject the document", at: here(child))
                return
            }
            highest = position
            highestName = child.name
        }
    }

    private mutating func read(field node: XMLElementNode, into event: inout EPCISEvent) {
        let location = here(node)
        switch node.name {
        case "eventTime", "eventTimeZoneOffset": break  // read first, to make the event
        case "recordTime": event.recordTime = fields.time(node.text, field: "recordTime", at: location)
        case "eventID": event.eventID = fields.plain(node.text)
        case "certificationInfo": event.certificationInfo.append(fields.plain(node.text))
        case "errorDeclaration": event.errorDeclaration = errorDeclaration(node)
        case "action": event.action = fields.action(node.text, at: location)
        case "bizStep": event.bizStep = fields.vocabulary(expanded(node.text), .bizStep, at: location)
        case "disposition": event.disposition = fields.vocabulary(expanded(node.text), .disposition, at: location)
        case "readPoint": event.readPoint = placeID(node)
        case "bizLocation": event.bizLocation = placeID(node)
        case "parentID": event.parentID = fields.identifier(node.text, field: "parentID", at: location)
        case "transformationID": event.transformationID = fields.identifier(node.text, field: "transformationID", at: location)
        case "epcList", "childEPCs": event.epcList += epcs(node)
        case "inputEPCList": event.inputEPCList += epcs(node)
        case "outputEPCList": event.outputEPCList += epcs(node)
        case "quantityList", "childQuantityList": event.quantityList += quantities(node)
        case "inputQuantityList": event.inputQuantityList += quantities(node)
        case "outputQuantityList": event.outputQuantityList += quantities(node)
        case "persistentDisposition": event.persistentDisposition = persistentDisposition(node)
        case "bizTransactionList":
            for child in node.children where isStandard(child) { event.bizTransactionList.append(businessTransaction(child)) }
        case "sourceList": event.sourceList += partiesOrPlaces(node, element: "source")
        case "destinationList": event.destinationList += partiesOrPlaces(node, element: "destination")
        case "sensorElementList":
            for child in node.children where isStandard(child) { event.sensorElementList.append(sensorElement(child)) }
        case "ilmd": event.ilmd += ilmdFields(node)
        default: break
        }
    }

    private mutating func epcs(_ node: XMLElementNode) -> [String] {
        var result: [String] = []
        for child in node.children where isStandard(child) && child.name == "epc" {
            result.append(fields.identifier(child.text, field: "epc", at: here(child)))
        }
        return result
    }

    private mutating func quantities(_ node: XMLElementNode) -> [QuantityElement] {
        var result: [QuantityElement] = []
        for element in node.children where isStandard(element) {
            var epcClass: String?
            var quantity: QuantityElement = QuantityElement(epcClass: "")
            for part in element.children {
                switch part.name {
                case "epcClass": epcClass = fields.identifier(part.text, field: "epcClass", at: here(part))
                case "quantity":
                    let isNil = part.attributes.contains { $0.namespace == Self.xsiNamespace && $0.name == "nil" && $0.value.trimmingWhitespace() == "true" }
                    if !isNil { quantity.quantity = fields.decimal(part.text, field: "quantity", at: here(part)) }
                case "uom": quantity.uom = fields.plain(part.text)
                default:
                    fields.error("EPCIS-UNKNOWN-FIELD", "quantityElement has no field '\(part.name)'; it holds epcClass, quantity and uom", at: here(part))
                }
            }
            guard let epcClass else {
                fields.error("EPCIS-REQUIRED", "quantityElement has no epcClass", at: here(element))
                continue
            }
            quantity.epcClass = epcClass
            result.append(quantity)
        }
        return result
    }

    private mutating func placeID(_ node: XMLElementNode) -> String? {
        guard let id = node.children.first(where: { isStandard($0) && $0.name == "id" }) else {
            fields.error("EPCIS-REQUIRED", "\(node.name) has no id", at: here(node))
            return nil
        }
        return fields.identifier(id.text, field: "\(node.name) id", at: here(id))
    }

    private mutating func businessTransaction(_ node: XMLElementNode) -> BusinessTransaction {
        BusinessTransaction(
            type: node.attribute("type").map { fields.vocabulary(expanded($0), .businessTransactionType, at: here(node)) },
            id: fields.identifier(node.text, field: "bizTransaction", at: here(node)))
    }

    private mutating func partiesOrPlaces(_ node: XMLElementNode, element: String) -> [PartyOrPlace] {
        var result: [PartyOrPlace] = []
        for child in node.children where isStandard(child) {
            guard let type = child.attribute("type") else {
                fields.error("EPCIS-REQUIRED", "\(element) has no type attribute (owning_party, possessing_party or location)", at: here(child))
                result.append(PartyOrPlace(type: "", id: fields.identifier(child.text, field: element, at: here(child))))
                continue
            }
            result.append(PartyOrPlace(
                type: fields.vocabulary(expanded(type), .sourceDestinationType, at: here(child)),
                id: fields.identifier(child.text, field: element, at: here(child))))
        }
        return result
    }

    private mutating func persistentDisposition(_ node: XMLElementNode) -> PersistentDisposition {
        var result = PersistentDisposition()
        for child in node.children where isStandard(child) {
            let value = fields.vocabulary(expanded(child.text), .disposition, at: here(child))
            if child.name == "set" { result.set.append(value) } else if child.name == "unset" { result.unset.append(value) }
        }
        return result
    }

    private mutating func errorDeclaration(_ node: XMLElementNode) -> ErrorDeclaration? {
        guard let timeNode = findStandard("declarationTime", in: node),
            let time = fields.time(timeNode.text, field: "declarationTime", at: here(timeNode))
        else {
            fields.error("EPCIS-REQUIRED", "errorDeclaration has no valid declarationTime", at: here(node))
            return nil
        }
        var declaration = ErrorDeclaration(declarationTime: time)
        for child in node.children {
            guard isStandard(child) else { declaration.extensions.append(extensionField(child)); continue }
            switch child.name {
            case "reason": declaration.reason = fields.vocabulary(expanded(child.text), .errorReason, at: here(child))
            case "correctiveEventIDs":
                for id in child.children where isStandard(id) { declaration.correctiveEventIDs.append(fields.plain(id.text)) }
            case "extension": declaration.extensions += child.children.map(extensionField)
            default: break
            }
        }
        return declaration
    }

    private mutating func sensorElement(_ node: XMLElementNode) -> SensorElement {
        var element = SensorElement()
        for child in node.children {
            guard isStandard(child) else { element.extensions.append(extensionField(child)); continue }
            switch child.name {
            case "sensorMetadata": element.metadata = sensorMetadata(child)
            case "sensorReport": element.reports.append(sensorReport(child))
            case "extension": element.extensions += child.children.map(extensionField)
            default:
                fields.error("EPCIS-UNKNOWN-FIELD", "sensorElement has no field '\(child.name)'", at: here(child))
            }
        }
        return element
    }

    private mutating func sensorMetadata(_ node: XMLElementNode) -> SensorMetadata {
        var metadata = SensorMetadata()
        let location = here(node)
        for attribute in node.attributes {
            guard attribute.namespace.isEmpty else { metadata.extensions.append(extensionField(attribute)); continue }
            if !SensorFields.set(attribute.name, attribute.value, on: &metadata, fields: &fields, at: location) {
                fields.error("EPCIS-UNKNOWN-FIELD", "sensorMetadata has no attribute '\(attribute.name)'", at: location)
            }
        }
        return metadata
    }

    private mutating func sensorReport(_ node: XMLElementNode) -> SensorReport {
        var report = SensorReport()
        let location = here(node)
        for attribute in node.attributes {
            guard attribute.namespace.isEmpty else { report.extensions.append(extensionField(attribute)); continue }
            let value = ["type", "exception"].contains(attribute.name) ? expanded(attribute.value) : attribute.value
            if !SensorFields.set(attribute.name, value, on: &report, fields: &fields, at: location) {
                fields.error("EPCIS-UNKNOWN-FIELD", "sensorReport has no attribute '\(attribute.name)'", at: location)
            }
        }
        return report
    }

    private mutating func ilmdFields(_ node: XMLElementNode) -> [ExtensionField] {
        var result: [ExtensionField] = []
        for child in node.children {
            if isStandard(child) && child.name == "extension" {
                result += ilmdFields(child)
            } else {
                if child.namespace.isEmpty {
                    fields.error("EPCIS-EXTENSION-NAMESPACE", "ILMD field '\(child.name)' has no namespace; declare one (xmlns:prefix) and use it", at: here(child))
                }
                result.append(extensionField(child))
            }
        }
        return result
    }

    /// An extension element as a field: text when it has no child elements, nested fields otherwise.
    ///
    /// Namespaced attributes are nested fields too, as JSON-LD writes them; attributes without a
    /// namespace (`measurementUnitCode`) and `xsi:type` have no JSON-LD counterpart and are left out.
    private func extensionField(_ node: XMLElementNode) -> ExtensionField {
        let attributes = node.attributes.filter { !$0.namespace.isEmpty && $0.namespace != Self.xsiNamespace }.map(extensionField)
        let value: ExtensionValue = node.children.isEmpty && attributes.isEmpty
            ? .text(node.text.trimmingWhitespace()) : .fields(attributes + node.children.map(extensionField))
        return ExtensionField(namespace: node.namespace, name: node.name, value: value)
    }

    private func extensionField(_ attribute: XMLAttributeValue) -> ExtensionField {
        ExtensionField(namespace: attribute.namespace, name: attribute.name, value: .text(attribute.value))
    }

    /// A vocabulary value with a declared prefix (`cbv:BizStep-shipping`) expanded to its URI.
    private func expanded(_ value: String) -> String {
        prefixes.expandValue(value.trimmingWhitespace())
    }

    /// Whether `node` is one of EPCIS's own elements; most have no namespace, which needs no hashing.
    private func isStandard(_ node: XMLElementNode) -> Bool {
        node.namespace.isEmpty || Self.epcisNamespaces.contains(node.namespace)
    }

    private func findStandard(_ name: String, in node: XMLElementNode) -> XMLElementNode? {
        for child in node.children where isStandard(child) {
            if child.name == name { return child }
            if child.name == "baseExtension" || child.name == "extension", let found = findStandard(name, in: child) { return found }
        }
        return nil
    }

    private func here(_ node: XMLElementNode) -> SourceLocation {
        SourceLocation(file: fields.source, line: node.line)
    }
}
