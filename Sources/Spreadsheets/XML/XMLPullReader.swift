import CLibXML2
import Diagnostics

/// Reads one XML part of a workbook as a stream of element starts, ends and text, through
/// libxml2's `xmlTextReader`.
///
/// No DTD is loaded, no entity declared or expanded and the network never used (no external entity loader is ever reached): a part with a
/// DOCTYPE or an entity reference is refused (``SpreadsheetRule/xmlEntity``) before its
/// content is read, and libxml2's own errors become ``InputRule/xmlMalformed`` diagnostics
/// located at the part and line.
final class XMLPullReader {
    /// What the reader meets next.
    enum Event {
        /// An element's start, by local name, with its attributes by local name; `isEmpty` for `<x/>`.
        case start(name: String, attributes: [String: String], isEmpty: Bool)
        /// An element's end (also sent after an empty element's start).
        case end(name: String)
        /// Text or CDATA inside an element.
        case text(String)
    }

    private let location: SourceLocation
    private let buffer: UnsafeMutableBufferPointer<CChar>
    private let reader: xmlTextReaderPtr
    /// The end of an empty element, sent after its start.
    private var pendingEnd: String?

    /// libxml2's node types (`xmlReaderTypes`) the reader acts on.
    private enum NodeType: Int32 {
        case element = 1
        case text = 3
        case cdata = 4
        case entityReference = 5
        case documentType = 10
        case significantWhitespace = 14
        case endElement = 15
    }

    /// A reader of `bytes`, the part `part` of the workbook `source`.
    init(bytes: [UInt8], source: String, part: String) throws(Diagnostic) {
        location = SourceLocation(file: source, part: "entry \(part)")
        if Self.declaresDocumentType(bytes) {
            throw .error(SpreadsheetRule.xmlEntity, "the XML part declares a DOCTYPE (entities are refused)", at: location)
        }
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes.map { CChar(bitPattern: $0) })
        let options = Int32(XML_PARSE_NONET.rawValue)
        guard let reader = xmlReaderForMemory(buffer.baseAddress, Int32(bytes.count), part, nil, options) else {
            buffer.deallocate()
            throw .error(InputRule.xmlMalformed, "libxml2 could not open the XML part", at: location)
        }
        // libxml2 would print its errors; they are reported as diagnostics instead (``malformed()``).
        xmlTextReaderSetStructuredErrorHandler(reader, { _, _ in }, nil)
        self.reader = reader
    }

    /// Runs `read` with this thread's libxml2 error handler silent: an error libxml2 raises
    /// outside the reader (bytes that do not convert from the declared encoding) would otherwise
    /// be printed; it is still libxml2's last error, which ``malformed()`` reports.
    private static func withoutPrintedErrors(_ read: () -> Int32) -> Int32 {
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return read()
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// The next start, end or text, or `nil` at the end of the part.
    func next() throws(Diagnostic) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while true {
            let status = Self.withoutPrintedErrors { xmlTextReaderRead(reader) }
            if status == 0 { return nil }
            guard status == 1 else { throw malformed() }
            switch NodeType(rawValue: xmlTextReaderNodeType(reader)) {
            case .element:
                let name = Self.string(xmlTextReaderConstLocalName(reader))
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [String: String] = [:]
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    attributes[Self.string(xmlTextReaderConstLocalName(reader))] = Self.string(xmlTextReaderConstValue(reader))
                }
                xmlTextReaderMoveToElement(reader)
                if isEmpty { pendingEnd = name }
                return .start(name: name, attributes: attributes, isEmpty: isEmpty)
            case .endElement: return .end(name: Self.string(xmlTextReaderConstLocalName(reader)))
            case .text, .cdata, .significantWhitespace: return .text(Self.string(xmlTextReaderConstValue(reader)))
            case .entityReference, .documentType:
                throw .error(SpreadsheetRule.xmlEntity, "the XML part uses an entity or a DOCTYPE (refused)", at: lineLocation())
            case nil: continue
            }
        }
    }

    /// The text up to the end of the element just started (its text and its children's), consumed.
    func text(until name: String) throws(Diagnostic) -> String {
        var text = ""
        var depth = 0
        while let event = try next() {
            switch event {
            case .start(let child, _, _): if child == name { depth += 1 }
            case .text(let piece): text += piece
            case .end(let child):
                if child == name {
                    if depth == 0 { return text }
                    depth -= 1
                }
            }
        }
        return text
    }

    /// The location of the reader's current line in the part.
    func lineLocation() -> SourceLocation {
        var located = location
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        if line > 0 { located.line = line }
        return located
    }

    private func malformed() -> Diagnostic {
        let message = xmlGetLastError().flatMap { $0.pointee.message }.map { String(cString: $0) } ?? "malformed XML"
        return .error(
            InputRule.xmlMalformed, "the XML part is not well-formed: \(message.split(whereSeparator: \.isNewline).joined(separator: " "))",
            at: lineLocation())
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Whether `bytes` hold `<!DOCTYPE` anywhere (a workbook part never has one; a bomb does).
    private static func declaresDocumentType(_ bytes: [UInt8]) -> Bool {
        let marker = Array("<!DOCTYPE".utf8)
        guard bytes.count >= marker.count else { return false }
        var index = 0
        while let found = bytes[index...].firstIndex(of: marker[0]), found <= bytes.count - marker.count {
            if bytes[found..<(found + marker.count)].elementsEqual(marker) { return true }
            index = found + 1
        }
        return false
    }
}
