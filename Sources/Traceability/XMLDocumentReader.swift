import CLibXML2
import Diagnostics

/// Reads the events of an EPCIS XML document (`EPCISDocument`, `EPCISQueryDocument` or a bare event).
struct XMLDocumentReader {
    private static let eventKinds = Set(EPCISEvent.Kind.allCases.map(\.rawValue))

    let source: String

    /// Reads `bytes`, handing each event to `consume`; returns every diagnostic.
    func read(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic] {
        let prologProblems = XMLProlog.check(bytes, source: source)
        guard prologProblems.isEmpty else { return prologProblems }
        let errors = XMLErrorCollector(source: source)
        var mapper = XMLEventMapper(source: source)
        let opened: Bool = bytes.withUnsafeBufferPointer { buffer in
            guard let stream = XMLEventStream(buffer: buffer, source: source, errors: errors) else { return false }
            withoutActuallyEscaping(consume) { consume in
                var walk = Walk(stream: stream, mapper: mapper, errors: errors, consume: consume)
                walk.document()
                mapper = walk.mapper
            }
            return true
        }
        if !opened {
            errors.add(.error("EPCIS-XML-MALFORMED", "libxml2 could not open the document", at: SourceLocation(file: source)))
        }
        return errors.diagnostics + mapper.fields.diagnostics
    }

    /// One pass over the stream: the document's structure down to its events.
    private struct Walk {
        let stream: XMLEventStream
        var mapper: XMLEventMapper
        let errors: XMLErrorCollector
        let consume: (EPCISEvent) -> Void

        mutating func document() {
            defer { while stream.read() {} }  // the rest, so that a truncated or malformed tail is reported
            while stream.read() {
                guard stream.nodeType == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { continue }
                let name = stream.localName
                stream.recordNamespaceDeclarations()
                switch name {
                case "EPCISDocument", "EPCISQueryDocument":
                    forEachChild { walk in walk.documentPart(query: name == "EPCISQueryDocument") }
                case _ where XMLDocumentReader.eventKinds.contains(name):
                    event()
                default:
                    errors.add(.error("EPCIS-NOT-A-DOCUMENT", "the root element is '\(name)', not EPCISDocument, EPCISQueryDocument or an event", at: here))
                }
                return
            }
        }

        private mutating func documentPart(query: Bool) {
            switch stream.localName {
            case "EPCISBody":
                forEachChild { walk in walk.body(query: query) }
            default:
                // EPCISHeader (with the standard business document header and master data), extensions.
                _ = stream.skipSubtree()
            }
        }

        private mutating func body(query: Bool) {
            switch stream.localName {
            case "EventList":
                stream.recordNamespaceDeclarations()
                forEachChild { walk in walk.eventListEntry() }
            case "QueryResults":
                forEachChild { walk in
                    if walk.stream.localName == "resultsBody" {
                        walk.forEachChild { walk in
                            if walk.stream.localName == "EventList" { walk.forEachChild { walk in walk.eventListEntry() } } else { _ = walk.stream.skipSubtree() }
                        }
                    } else {
                        _ = walk.stream.skipSubtree()
                    }
                }
            default:
                let what = query ? "query results (QueryResults)" : "an EventList"
                errors.add(.error("EPCIS-NO-EVENTS", "EPCISBody holds '\(stream.localName)' where \(what) was expected", at: here))
                _ = stream.skipSubtree()
            }
        }

        private mutating func eventListEntry() {
            let name = stream.localName
            if XMLDocumentReader.eventKinds.contains(name) {
                event()
            } else if name == "extension" {
                forEachChild { walk in walk.eventListEntry() }  // EPCIS 1.x wraps newer event types
            } else {
                errors.add(.error("EPCIS-UNKNOWN-EVENT-TYPE", "'\(name)' is not an EPCIS event type (ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent)", at: here))
                _ = stream.skipSubtree()
            }
        }

        private mutating func event() {
            guard let tree = stream.readElementTree(), let event = mapper.event(from: tree, prefixes: stream.prefixes) else { return }
            consume(event)
        }

        /// Calls `body` on each child element of the current element, positioned on it.
        private mutating func forEachChild(_ body: (inout Walk) -> Void) {
            guard !stream.isEmptyElement else { return }
            let parentDepth = stream.depth
            while stream.read() {
                let type = stream.nodeType
                if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) && stream.depth == parentDepth { return }
                if type == Int32(XML_READER_TYPE_ELEMENT.rawValue) && stream.depth == parentDepth + 1 { body(&self) }
            }
        }

        private var here: SourceLocation { SourceLocation(file: mapper.fields.source, line: stream.line) }
    }
}
