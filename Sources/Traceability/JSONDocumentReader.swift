import Diagnostics
import JSONCore

/// Reads the events of an EPCIS JSON/JSON-LD document (`EPCISDocument`, `EPCISQueryDocument` or a bare event).
struct JSONDocumentReader {
    let source: String

    /// Reads `bytes`, handing each event to `consume`; returns every diagnostic.
    func read(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic] {
        let document: JSONValue
        do {
            document = try JSONParser(options: .init(maxDepth: 128, maxBytes: Int.max, duplicateKeys: .keepLast)).parse(bytes)
        } catch {
            return [.error("EPCIS-JSON-MALFORMED", "the JSON is not well-formed: \(error.message)",
                at: SourceLocation(file: source, line: error.line, column: error.column))]
        }
        var mapper = JSONEventMapper(source: source)
        let root = JSONPointer()
        guard let object = document.objectValue else {
            return [.error("EPCIS-NOT-A-DOCUMENT", "the document is a JSON \(document.typeName), not an EPCIS document object", at: mapper.here(root))]
        }
        let prefixes = JSONLDPrefixes.standard.adding(object["@context"] ?? .null)
        if object["@context"] == nil {
            mapper.fields.error("EPCIS-NO-CONTEXT", "the document has no @context; JSON-LD EPCIS documents start with the EPCIS context, https://ref.gs1.org/standards/epcis/epcis-context.jsonld", at: mapper.here(root))
        } else if !prefixes.hasEPCISContext {
            mapper.fields.warning("EPCIS-NO-CONTEXT", "@context does not name the EPCIS 2.0 context (…/epcis-context.jsonld)", at: mapper.here(root.appending("@context")))
        }
        let type = object["type"]?.stringValue ?? ""
        let events: JSONPointer
        switch type {
        case "EPCISDocument":
            events = root.appending("epcisBody").appending("eventList")
        case "EPCISQueryDocument":
            events = root.appending("epcisBody").appending("queryResults").appending("resultsBody").appending("eventList")
        case _ where EPCISEvent.Kind(rawValue: type) != nil:
            if let event = mapper.event(from: document, at: root, prefixes: prefixes) { consume(event) }
            return mapper.fields.diagnostics
        default:
            mapper.fields.error("EPCIS-NOT-A-DOCUMENT", "type '\(type)' is not EPCISDocument, EPCISQueryDocument or an event type", at: mapper.here(root.appending("type")))
            return mapper.fields.diagnostics
        }
        guard let list = events.resolve(in: document) else {
            mapper.fields.error("EPCIS-NO-EVENTS", "the document has no \(events); it holds no events", at: mapper.here(root))
            return mapper.fields.diagnostics
        }
        guard let elements = list.arrayValue else {
            mapper.fields.error("EPCIS-TYPE", "eventList must be an array, not \(list.typeName)", at: mapper.here(events))
            return mapper.fields.diagnostics
        }
        for (index, element) in elements.enumerated() {
            if let event = mapper.event(from: element, at: events.appending(index), prefixes: prefixes) { consume(event) }
        }
        return mapper.fields.diagnostics
    }
}
