import CLibXML2
import Diagnostics

/// Follows an EPCIS XML document's structure down to its events and builds each event's element
/// tree, from the callbacks of ``XMLSAXParser``.
///
/// Only one event's elements are in memory at once; everything outside the event list (the
/// header, master data, extensions) is passed over. Each finished event tree goes to `deliver`
/// with the namespace prefixes declared so far; the tree's storage is then reused.
///
/// A value type on purpose: the parser's callbacks reach it through a pointer
/// (``XMLSAXParser``), with no exclusivity check per property as a class would need.
struct XMLEventTreeBuilder {
    /// How deep an event's own elements may nest (EPCIS needs about 8; extensions a few more).
    static let maxEventDepth = 64
    private static let eventKinds = Set(EPCISEvent.Kind.allCases.map(\.rawValue))

    /// Where the reader is in the document's structure, outside events.
    private enum Frame {
        case document(query: Bool)
        case body(query: Bool)
        case eventList
        case queryResults
        case resultsBody
    }

    let errors: XMLErrorCollector
    /// The libxml2 parser, while one runs: the source of line numbers.
    var parser: xmlParserCtxtPtr?
    /// Every `xmlns:prefix` declared so far, for expanding prefixed values such as `cbv:BizStep-shipping`.
    private var prefixes = JSONLDPrefixes.standard
    private let source: String
    private let deliver: (inout XMLEventTree, JSONLDPrefixes) -> Void
    private var structure: [Frame] = []
    private var sawRoot = false
    /// The event being read.
    private var tree = XMLEventTree()
    /// The number of the empty namespace in the tree's names.
    private let noNamespace: Int32
    /// The tree indexes of its open elements, outermost first.
    private var open: [Int] = []
    /// Whether the innermost open element has no child elements yet, so its text is gathered
    /// (only leaves' text is used).
    private var collectingText = false
    /// How many open elements are being passed over.
    private var skipping = 0
    /// Each libxml2 name seen: its number in the tree's names, and the EPCIS name it spells (no
    /// string: a string in the table's values is retained and released at every element).
    private var names = XMLNameTable<(index: Int32, epcis: EPCISName?)>()
    /// Each namespace seen: its number in the tree's names, and whether it is one of EPCIS's own.
    private var namespaces = XMLNameTable<(index: Int32, isEPCIS: Bool)>()

    init(source: String, errors: XMLErrorCollector, deliver: @escaping (inout XMLEventTree, JSONLDPrefixes) -> Void) {
        self.source = source
        self.errors = errors
        self.deliver = deliver
        noNamespace = tree.addName("")
    }

    private var line: Int {
        guard let input = parser?.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    private var here: SourceLocation { SourceLocation(file: source, line: line) }

    mutating func startElement(
        localName: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>?,
        namespaces: UnsafeBufferPointer<UnsafePointer<xmlChar>?>, attributes: UnsafeBufferPointer<UnsafePointer<xmlChar>?>
    ) {
        recordPrefixes(namespaces)
        if skipping > 0 {
            skipping += 1
            return
        }
        guard open.isEmpty else { return openEventElement(localName, namespace, attributes) }
        // The name's number first: it may add the name to the tree.
        let nameNumber = self.name(localName).index
        let name = tree.nameText(nameNumber)
        switch structure.last {
        case nil where sawRoot:
            skipping = 1
        case nil:
            sawRoot = true
            if name == "EPCISDocument" || name == "EPCISQueryDocument" {
                structure.append(.document(query: name == "EPCISQueryDocument"))
            } else if Self.eventKinds.contains(name) {
                openEventElement(localName, namespace, attributes)
            } else {
                errors.add(
                    .error(EPCISRule.notADocument, "the root element is '\(name)', not EPCISDocument, EPCISQueryDocument or an event", at: here))
                skipping = 1
            }
        case .document(let query):
            // EPCISHeader (with the standard business document header and master data) and extensions are passed over.
            if name == "EPCISBody" { structure.append(.body(query: query)) } else { skipping = 1 }
        case .body(let query):
            switch name {
            case "EventList": structure.append(.eventList)
            case "QueryResults": structure.append(.queryResults)
            default:
                let what = query ? "query results (QueryResults)" : "an EventList"
                errors.add(.error(EPCISRule.noEvents, "EPCISBody holds '\(name)' where \(what) was expected", at: here))
                skipping = 1
            }
        case .queryResults:
            if name == "resultsBody" { structure.append(.resultsBody) } else { skipping = 1 }
        case .resultsBody:
            if name == "EventList" { structure.append(.eventList) } else { skipping = 1 }
        case .eventList:
            if Self.eventKinds.contains(name) {
                openEventElement(localName, namespace, attributes)
            } else if name == "extension" {
                structure.append(.eventList)  // EPCIS 1.x wraps newer event types
            } else {
                errors.add(
                    .error(
                        EPCISRule.unknownEventType,
                        "'\(name)' is not an EPCIS event type (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent)",
                        at: here))
                skipping = 1
            }
        }
    }

    mutating func endElement() {
        if skipping > 0 {
            skipping -= 1
            return
        }
        guard let finished = open.popLast() else {
            _ = structure.popLast()
            return
        }
        tree.close(finished, keepingText: collectingText)
        collectingText = false
        if open.isEmpty {
            deliver(&tree, prefixes)
            tree.removeAll()
        }
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<xmlChar>) {
        if collectingText { tree.appendText(bytes) }
    }

    func entityReference() {
        errors.add(.error(EPCISRule.xmlEntity, "entity references are not expanded; write the text itself", at: here))
    }

    private mutating func openEventElement(
        _ localName: UnsafePointer<xmlChar>, _ namespace: UnsafePointer<xmlChar>?, _ attributes: UnsafeBufferPointer<UnsafePointer<xmlChar>?>
    ) {
        guard open.count < Self.maxEventDepth else {
            errors.add(
                .error(
                    EPCISRule.xmlDepth, "elements nest more than \(Self.maxEventDepth) levels deep inside one event; the event is not read", at: here)
            )
            skipping = open.count + 1
            open.removeAll()
            tree.removeAll()
            collectingText = false
            return
        }
        let attributesStart = tree.attributes.count
        // libxml2 hands over five pointers per attribute: local name, prefix, namespace, value start, value end.
        var index = 0
        while index + 4 < attributes.count {
            if let attributeName = attributes[index], let start = attributes[index + 3], let end = attributes[index + 4] {
                // The numbers first: they may add the names to the tree.
                let attributeNamespace = self.namespace(attributes[index + 2])
                let nameNumber = name(attributeName).index
                tree.appendAttribute(
                    XMLAttributeValue(
                        namespace: tree.nameText(attributeNamespace.index), namespaceIndex: attributeNamespace.index,
                        name: tree.nameText(nameNumber), value: attributeValue(start, end)))
            }
            index += 5
        }
        let elementName = name(localName)
        let elementNamespace = self.namespace(namespace)
        if collectingText, let parent = open.last { tree.discardText(of: parent) }
        open.append(
            tree.open(
                name: elementName.index, standard: elementName.epcis, isStandard: elementNamespace.isEPCIS, namespace: elementNamespace.index,
                line: line, attributesFrom: attributesStart))
        collectingText = true
    }

    /// An attribute value; libxml2 leaves `&` (written `&amp;` or `&#38;`) as `&#38;` in values when it does not substitute entities.
    private func attributeValue(_ start: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) -> String {
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        let value = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "&")) ? value.replacing("&#38;", with: "&") : value
    }

    private mutating func recordPrefixes(_ namespaces: UnsafeBufferPointer<UnsafePointer<xmlChar>?>) {
        var index = 0
        while index + 1 < namespaces.count {
            // A default namespace (no prefix) declares no prefix for values.
            if let prefix = namespaces[index], let iri = namespaces[index + 1] {
                prefixes = prefixes.adding(prefix: String(cString: prefix), iri: String(cString: iri))
            }
            index += 2
        }
    }

    /// A name from libxml2's dictionary: the same name has the same pointer, so it is converted once.
    private mutating func name(_ pointer: UnsafePointer<xmlChar>) -> (index: Int32, epcis: EPCISName?) {
        names.value(for: pointer) {
            let text = String(cString: pointer)
            return (tree.addName(text), EPCISName(text: text))
        }
    }

    /// A namespace from libxml2's dictionary (empty for none), converted once.
    private mutating func namespace(_ pointer: UnsafePointer<xmlChar>?) -> (index: Int32, isEPCIS: Bool) {
        guard let pointer else { return (noNamespace, true) }
        return namespaces.value(for: pointer) {
            let iri = String(cString: pointer)
            return (tree.addName(iri), XMLEventMapper.epcisNamespaces.contains(iri))
        }
    }
}
