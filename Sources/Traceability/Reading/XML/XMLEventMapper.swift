import Diagnostics
import Spooling

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
    /// The event being read (lent by the caller for the length of ``event(from:prefixes:)``).
    private var tree = XMLEventTree()

    /// Vocabulary values by their vocabulary and the bytes written, under the prefixes of
    /// revision `writtenValuesRevision`: no string is made for a value seen before.
    private var writtenValues = ByteKeyedTable<CBVVocabulary.Normalised>()
    private var writtenValuesRevision = 0
    /// How many written values are remembered.
    private static let writtenValuesLimit = 4096

    /// Whether elements out of the schema's order are a warning or an error.
    private let elementOrder: XMLElementOrder

    init(source: String, elementOrder: XMLElementOrder = .lenient) {
        fields = EventFieldReader(source: source)
        self.elementOrder = elementOrder
    }

    /// The event `tree` holds, or `nil` (with diagnostics) when it cannot be read at all.
    mutating func event(from tree: inout XMLEventTree, prefixes: JSONLDPrefixes) -> EPCISEvent? {
        swap(&self.tree, &tree)
        defer { swap(&self.tree, &tree) }
        if prefixes.revision != writtenValuesRevision {
            writtenValues.removeAll()
            writtenValuesRevision = prefixes.revision
        }
        self.prefixes = prefixes
        let root = 0
        guard let kind = EPCISEvent.Kind(rawValue: self.tree.name(root)) else { return nil }
        let location = here(root)
        guard let timeNode = findStandard(.eventTime, in: root) else {
            fields.error(.required, "\(kind.rawValue) has no eventTime; add when the event happened", at: location)
            return nil
        }
        let timePlace = place(timeNode)
        guard let eventTime = self.tree.withText(timeNode, { fields.time(utf8: $0, field: "eventTime", at: timePlace) }) else { return nil }
        let offset = findStandard(.eventTimeZoneOffset, in: root).map { node in
            let offsetPlace = place(node)
            return self.tree.withText(node) { fields.timeZoneOffset(utf8: $0, at: offsetPlace) }
        }
        var event = EPCISEvent(
            kind: kind, eventTime: eventTime, eventTimeZoneOffset: offset ?? "+00:00", location: location, origins: &fields.origins)
        var present = EPCISNameSet()
        read(childrenOf: root, into: &event, present: &present, allowed: EventRequirements.allowedFields(kind))
        checkOrder(of: root, kind: kind)
        EventRequirements.check(event, present: present, into: &fields)
        return consume event
    }

    private mutating func read(childrenOf node: Int, into event: inout EPCISEvent, present: inout EPCISNameSet, allowed: EPCISNameSet) {
        for child in tree.children(of: node) {
            guard isStandard(child) else {
                event.extensions.append(extensionField(child))
                continue
            }
            let name = tree[child].standard
            // EPCIS 1.x wrappers hold standard fields one level down.
            if name == .extension || name == .baseExtension {
                read(childrenOf: child, into: &event, present: &present, allowed: allowed)
                continue
            }
            guard let name, allowed.contains(name) else {
                fields.error(
                    .unknownField, "\(event.kind.rawValue) has no field '\(tree.name(child))'; put your own fields in a namespace of your own",
                    at: here(child))
                continue
            }
            present.insert(name)
            read(field: name, child, into: &event)
        }
    }

    /// Reports standard elements out of the schema's order: a warning when lenient (readers
    /// accept any order, but schema validators and older systems do not), an error when strict.
    private mutating func checkOrder(of node: Int, kind: EPCISEvent.Kind) {
        let positions = EventRequirements.schemaPositions(kind)
        var highest = -1
        var highestChild = node
        for child in tree.children(of: node) where isStandard(child) {
            guard let name = tree[child].standard, let position = positions[Int(name.rawValue)] else { continue }
            if position < highest {
                let message =
                    "'\(tree.name(child))' comes after '\(tree.name(highestChild))', against the order of the EPCIS 2.0 XML schema; schema validators will reject the document"
                switch elementOrder {
                case .lenient: fields.warning(.xmlElementOrder, message, at: here(child))
                case .strict: fields.error(.xmlElementOrder, message, at: here(child))
                }
                return
            }
            highest = position
            highestChild = child
        }
    }

    private mutating func read(field name: EPCISName, _ node: Int, into event: inout EPCISEvent) {
        let valuePlace = place(node)
        switch name {
        case .recordTime: event.recordTime = fields.time(text(node), field: "recordTime", at: valuePlace)
        case .eventID: event.eventID = fields.plain(text(node))
        case .certificationInfo: event.certificationInfo.append(fields.shared(fields.plain(text(node))))
        case .errorDeclaration: event.errorDeclaration = errorDeclaration(node)
        case .action: event.action = fields.action(text(node), at: valuePlace)
        case .bizStep: event.bizStep = vocabulary(node, .bizStep)
        case .disposition: event.disposition = vocabulary(node, .disposition)
        case .readPoint: event.readPoint = placeID(node)
        case .bizLocation: event.bizLocation = placeID(node)
        case .parentID: event.parentID = identifier(node, field: "parentID")
        case .transformationID: event.transformationID = identifier(node, field: "transformationID")
        case .epcList, .childEPCs: readEPCs(node, into: &event.epcList)
        case .inputEPCList: readEPCs(node, into: &event.inputEPCList)
        case .outputEPCList: readEPCs(node, into: &event.outputEPCList)
        case .quantityList, .childQuantityList: readQuantities(node, into: &event.quantityList)
        case .inputQuantityList: readQuantities(node, into: &event.inputQuantityList)
        case .outputQuantityList: readQuantities(node, into: &event.outputQuantityList)
        case .persistentDisposition: event.persistentDisposition = persistentDisposition(node)
        case .bizTransactionList:
            for child in tree.children(of: node) where isStandard(child) { event.bizTransactionList.append(businessTransaction(child)) }
        case .sourceList: readPartiesOrPlaces(node, element: "source", into: &event.sourceList)
        case .destinationList: readPartiesOrPlaces(node, element: "destination", into: &event.destinationList)
        case .sensorElementList:
            for child in tree.children(of: node) where isStandard(child) { event.sensorElementList.append(sensorElement(child)) }
        // Names and namespaces come from the tree's tables of names, one string each already.
        case .ilmd: for field in ilmdFields(node) { event.ilmd.append(fields.shared(field, names: false)) }
        default: break  // eventTime and eventTimeZoneOffset are read first, to make the event
        }
    }

    /// Appends the EPCs of the list `node` to `result` (in place: no list of its own to copy).
    private mutating func readEPCs(_ node: Int, into result: inout [String]) {
        for child in tree.children(of: node) where isStandard(child) && tree[child].standard == .epc {
            result.append(identifier(child, field: "epc"))
        }
    }

    /// Appends the quantity elements of the list `node` to `result`.
    private mutating func readQuantities(_ node: Int, into result: inout [QuantityElement]) {
        for element in tree.children(of: node) where isStandard(element) {
            var epcClass: String?
            var quantity: QuantityElement = QuantityElement(epcClass: "")
            for part in tree.children(of: element) {
                switch tree[part].standard {
                case .epcClass: epcClass = identifier(part, field: "epcClass")
                case .quantity:
                    let isNil = tree.attributes(of: part).contains {
                        $0.namespace == Self.xsiNamespace && $0.name == "nil" && $0.value.trimmingWhitespace() == "true"
                    }
                    if !isNil {
                        let valuePlace = place(part)
                        quantity.quantity = tree.withText(part) { fields.decimal(utf8: $0, field: "quantity", at: valuePlace) }
                    }
                case .uom: quantity.uom = fields.plain(text(part))
                default:
                    fields.error(
                        .unknownField, "quantityElement has no field '\(tree.name(part))'; it holds epcClass, quantity and uom", at: here(part))
                }
            }
            guard let epcClass else {
                fields.error(.required, "quantityElement has no epcClass", at: here(element))
                continue
            }
            quantity.epcClass = epcClass
            result.append(quantity)
        }
    }

    private mutating func placeID(_ node: Int) -> String? {
        guard let id = tree.children(of: node).first(where: { isStandard($0) && tree[$0].standard == .id }) else {
            fields.error(.required, "\(tree.name(node)) has no id", at: here(node))
            return nil
        }
        return identifier(id, field: "\(tree.name(node)) id")
    }

    private mutating func businessTransaction(_ node: Int) -> BusinessTransaction {
        BusinessTransaction(
            type: tree.attribute("type", of: node).map { vocabulary(attribute: $0, .businessTransactionType, at: place(node)) },
            id: identifier(node, field: "bizTransaction"))
    }

    /// Appends the sources or destinations (`element`) of the list `node` to `result`.
    private mutating func readPartiesOrPlaces(_ node: Int, element: String, into result: inout [PartyOrPlace]) {
        for child in tree.children(of: node) where isStandard(child) {
            guard let type = tree.attribute("type", of: child) else {
                fields.error(.required, "\(element) has no type attribute (owning_party, possessing_party or location)", at: here(child))
                result.append(PartyOrPlace(type: "", id: identifier(child, field: element)))
                continue
            }
            result.append(
                PartyOrPlace(
                    type: vocabulary(attribute: type, .sourceDestinationType, at: place(child)),
                    id: identifier(child, field: element)))
        }
    }

    private mutating func persistentDisposition(_ node: Int) -> PersistentDisposition {
        var result = PersistentDisposition()
        for child in tree.children(of: node) where isStandard(child) {
            let value = vocabulary(child, .disposition)
            if tree[child].standard == .set { result.set.append(value) } else if tree[child].standard == .unset { result.unset.append(value) }
        }
        return result
    }

    private mutating func errorDeclaration(_ node: Int) -> ErrorDeclaration? {
        guard let timeNode = findStandard(.declarationTime, in: node),
            let time = fields.time(text(timeNode), field: "declarationTime", at: place(timeNode))
        else {
            fields.error(.required, "errorDeclaration has no valid declarationTime", at: here(node))
            return nil
        }
        var declaration = ErrorDeclaration(declarationTime: time)
        for child in tree.children(of: node) {
            guard isStandard(child) else { declaration.extensions.append(extensionField(child)); continue }
            switch tree[child].standard {
            case .reason: declaration.reason = vocabulary(child, .errorReason)
            case .correctiveEventIDs:
                for id in tree.children(of: child) where isStandard(id) { declaration.correctiveEventIDs.append(fields.plain(text(id))) }
            case .extension: declaration.extensions += tree.children(of: child).map(extensionField)
            default: break
            }
        }
        return declaration
    }

    private mutating func sensorElement(_ node: Int) -> SensorElement {
        var element = SensorElement()
        for child in tree.children(of: node) {
            guard isStandard(child) else { element.extensions.append(extensionField(child)); continue }
            switch tree[child].standard {
            case .sensorMetadata: element.metadata = sensorMetadata(child)
            case .sensorReport: element.reports.append(sensorReport(child))
            case .extension: element.extensions += tree.children(of: child).map(extensionField)
            default:
                fields.error(.unknownField, "sensorElement has no field '\(tree.name(child))'", at: here(child))
            }
        }
        return element
    }

    private mutating func sensorMetadata(_ node: Int) -> SensorMetadata {
        var metadata = SensorMetadata()
        let location = here(node), valuePlace = place(node)
        for attribute in tree.attributes(of: node) {
            guard attribute.namespace.isEmpty else { metadata.extensions.append(extensionField(attribute)); continue }
            if !SensorFields.set(attribute.name, attribute.value, on: &metadata, fields: &fields, at: valuePlace) {
                fields.error(.unknownField, "sensorMetadata has no attribute '\(attribute.name)'", at: location)
            }
        }
        return metadata
    }

    private mutating func sensorReport(_ node: Int) -> SensorReport {
        var report = SensorReport()
        let location = here(node), valuePlace = place(node)
        for attribute in tree.attributes(of: node) {
            guard attribute.namespace.isEmpty else { report.extensions.append(extensionField(attribute)); continue }
            let value = ["type", "exception"].contains(attribute.name) ? expanded(attribute.value) : attribute.value
            if !SensorFields.set(attribute.name, value, on: &report, fields: &fields, at: valuePlace) {
                fields.error(.unknownField, "sensorReport has no attribute '\(attribute.name)'", at: location)
            }
        }
        return report
    }

    private mutating func ilmdFields(_ node: Int) -> [ExtensionField] {
        var result: [ExtensionField] = []
        for child in tree.children(of: node) {
            if isStandard(child) && tree[child].standard == .extension {
                result += ilmdFields(child)
            } else {
                if tree.namespace(child).isEmpty {
                    fields.error(
                        .extensionNamespace, "ILMD field '\(tree.name(child))' has no namespace; declare one (xmlns:prefix) and use it",
                        at: here(child))
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
    private func extensionField(_ node: Int) -> ExtensionField {
        let attributes = tree.attributes(of: node).filter { !$0.namespace.isEmpty && $0.namespace != Self.xsiNamespace }.map(extensionField)
        let children = tree.children(of: node)
        let value: ExtensionValue =
            children.isEmpty && attributes.isEmpty
            ? .text(text(node).trimmingWhitespace()) : .fields(attributes + children.map(extensionField))
        return ExtensionField(normalisedNamespace: tree.extensionNamespace(node), name: tree.name(node), value: value)
    }

    private func extensionField(_ attribute: XMLAttributeValue) -> ExtensionField {
        ExtensionField(normalisedNamespace: tree.extensionNamespace(of: attribute), name: attribute.name, value: .text(attribute.value))
    }

    /// The text of `node` as a value of `vocabulary`, looked up by its bytes as written.
    private mutating func vocabulary(_ node: Int, _ vocabulary: CBVVocabulary) -> String {
        let tree = self.tree
        let normalised = tree.withText(node) { normalisedValue($0, vocabulary) }
        return fields.reported(normalised, vocabulary, at: place(node))
    }

    /// The value of `vocabulary` written in the attribute value `written` (a source's or a
    /// transaction's type), found as a text element's is.
    private mutating func vocabulary(attribute written: String, _ vocabulary: CBVVocabulary, at place: ValuePlace) -> String {
        let normalised = written.withUTF8Bytes { normalisedValue($0, vocabulary) }
        return fields.reported(normalised, vocabulary, at: place)
    }

    /// The normalised value of `vocabulary` written as the bytes `written`.
    private mutating func normalisedValue(_ written: UnsafeBufferPointer<UInt8>, _ vocabulary: CBVVocabulary) -> CBVVocabulary.Normalised {
        // The key is the vocabulary's number, then the bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: written.count + 1) { key in
            key[0] = vocabulary.rawValue
            _ = UnsafeMutableBufferPointer(rebasing: key[1...]).initialize(fromContentsOf: written)
            let key = UnsafeBufferPointer(key)
            if let known = writtenValues.value(for: key) { return known }
            let normalised = fields.normalised(expanded(String(decoding: written, as: UTF8.self)), vocabulary)
            if writtenValues.count < Self.writtenValuesLimit { writtenValues.insert(normalised, for: key) }
            return normalised
        }
    }

    /// A vocabulary value with a declared prefix (`cbv:BizStep-shipping`) expanded to its URI.
    private func expanded(_ value: String) -> String {
        prefixes.expandValue(value.trimmingWhitespace())
    }

    /// Whether `node` is one of EPCIS's own elements (no namespace or an EPCIS one).
    private func isStandard(_ node: Int) -> Bool {
        tree[node].isStandard
    }

    private func findStandard(_ name: EPCISName, in node: Int) -> Int? {
        for child in tree.children(of: node) where isStandard(child) {
            let childName = tree[child].standard
            if childName == name { return child }
            if childName == .baseExtension || childName == .extension, let found = findStandard(name, in: child) { return found }
        }
        return nil
    }

    private func text(_ node: Int) -> String {
        tree.text(node)
    }

    /// The identifier that is the text of `node`, in canonical form; `field` names it in diagnostics.
    private mutating func identifier(_ node: Int, field: String) -> String {
        let valuePlace = place(node)
        return tree.withText(node) { fields.identifier(utf8: $0, field: field, at: valuePlace) }
    }

    private func here(_ node: Int) -> SourceLocation {
        SourceLocation(file: fields.source, line: Int(tree[node].line))
    }

    /// Where `node` is, for a value read from it.
    private func place(_ node: Int) -> ValuePlace {
        .line(tree[node].line)
    }
}
