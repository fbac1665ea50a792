import CLibXML2
import Diagnostics

/// Reads an EPCIS XML document with libxml2's streaming reader, one event subtree at a time.
///
/// Only one event's elements are in memory at once. DTDs are never loaded, entities never
/// declared or expanded, and the network never used: a DOCTYPE beyond a bare
/// `<!DOCTYPE name>` is refused before libxml2 sees the document.
final class XMLEventStream {
    /// How deep an event's own elements may nest (EPCIS needs about 8; extensions a few more).
    static let maxEventDepth = 64

    private let reader: xmlTextReaderPtr
    private let source: String
    private let errors: XMLErrorCollector
    private var names: [UnsafePointer<xmlChar>: String] = [:]
    /// Every `xmlns:prefix` declared so far, for expanding prefixed values such as `cbv:BizStep-shipping`.
    private(set) var prefixes = JSONLDPrefixes.standard

    /// A stream over `buffer`, which must stay alive and unchanged while the stream is used.
    init?(buffer: UnsafeBufferPointer<UInt8>, source: String, errors: XMLErrorCollector) {
        LibXML2Setup.once()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let base = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
        guard let reader = xmlReaderForMemory(base, Int32(clamping: buffer.count), nil, nil, options) else { return nil }
        self.reader = reader
        self.source = source
        self.errors = errors
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The kind of the current node (`XML_READER_TYPE_ELEMENT`...).
    var nodeType: Int32 { xmlTextReaderNodeType(reader) }
    var depth: Int32 { xmlTextReaderDepth(reader) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var line: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return Int(xmlTextReaderGetParserLineNumber(reader)) }
        return Int(xmlGetLineNo(node))
    }
    var localName: String { name(xmlTextReaderConstLocalName(reader)) }
    var namespace: String { name(xmlTextReaderConstNamespaceUri(reader)) }

    /// Moves to the next node; `false` at the end of the document or after a fatal error.
    func read() -> Bool {
        xmlTextReaderRead(reader) == 1
    }

    /// Reads past the current element's subtree, stopping on its end; `false` at the end or after a fatal error.
    func skipSubtree() -> Bool {
        isEmptyElement ? true : skipTo(depth: depth)
    }

    /// Reads the current element and everything inside it into a tree.
    ///
    /// Returns `nil` (with a diagnostic) when the element nests deeper than ``maxEventDepth``
    /// or the document ends inside it.
    func readElementTree() -> XMLElementNode? {
        let startDepth = depth
        var stack = [openElement()]
        if isEmptyElement { return stack[0] }
        while read() {
            switch nodeType {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let element = openElement()
                if isEmptyElement {
                    stack[stack.count - 1].children.append(element)
                } else {
                    guard stack.count < Self.maxEventDepth else {
                        errors.add(.error("EPCIS-XML-DEPTH", "elements nest more than \(Self.maxEventDepth) levels deep inside one event; the event is not read", at: SourceLocation(file: source, line: line)))
                        _ = skipTo(depth: startDepth)
                        return nil
                    }
                    stack.append(element)
                }
            // Whitespace between elements (SIGNIFICANT_WHITESPACE without a DTD) carries no data.
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                if let value = xmlTextReaderConstValue(reader) {
                    stack[stack.count - 1].text += String(cString: value)
                }
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                errors.add(.error("EPCIS-XML-ENTITY", "entity references are not expanded; write the text itself", at: SourceLocation(file: source, line: line)))
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                let finished = stack.removeLast()
                if stack.isEmpty { return finished }
                stack[stack.count - 1].children.append(finished)
            default:
                break
            }
        }
        return nil
    }

    /// Reads up to the end of the element open at `depth`.
    private func skipTo(depth target: Int32) -> Bool {
        while read() {
            if nodeType == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) && depth == target { return true }
        }
        return false
    }

    /// Records the namespace prefixes the current element declares (the tree readers do it themselves).
    func recordNamespaceDeclarations() {
        _ = openElement()
    }

    private func openElement() -> XMLElementNode {
        var element = XMLElementNode(namespace: namespace, name: localName, attributes: [], text: "", children: [], line: line)
        if xmlTextReaderHasAttributes(reader) == 1 {
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                let attributeNamespace = namespace
                guard attributeNamespace != "http://www.w3.org/2000/xmlns/" else {
                    if let value = xmlTextReaderConstValue(reader) { prefixes = prefixes.adding(prefix: localName, iri: String(cString: value)) }
                    continue
                }
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                element.attributes.append(XMLAttributeValue(namespace: attributeNamespace, name: localName, value: value))
            }
            xmlTextReaderMoveToElement(reader)
        }
        return element
    }

    /// A name from libxml2's dictionary: the same name has the same pointer, so it is converted once.
    private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        if let known = names[pointer] { return known }
        let text = String(cString: pointer)
        names[pointer] = text
        return text
    }
}

/// Collects libxml2's errors for one document, as diagnostics.
final class XMLErrorCollector {
    private let source: String
    private(set) var diagnostics: [Diagnostic] = []

    init(source: String) { self.source = source }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0).trimmingWhitespace() } ?? "malformed XML"
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let column = error.int2 > 0 ? Int(error.int2) : nil
        diagnostics.append(Diagnostic(severity, "EPCIS-XML-MALFORMED", "the XML is not well-formed: \(message)",
            at: SourceLocation(file: source, line: error.line > 0 ? Int(error.line) : nil, column: column)))
    }
}

/// libxml2's process-wide set-up, done once before any parse.
enum LibXML2Setup {
    private static let done: Bool = {
        xmlInitParser()
        // Refuse every external entity or DTD, whatever the document asks for.
        xmlSetExternalEntityLoader { _, _, _ in nil }
        return true
    }()

    static func once() {
        _ = done
    }
}
