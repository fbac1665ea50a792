import Diagnostics
import JSONCore

/// Reads the events of an EPCIS JSON/JSON-LD document (`EPCISDocument`, `EPCISQueryDocument` or a bare event).
///
/// A document's event list is parsed one event at a time (see ``JSONSkeleton``), so a large
/// export never becomes one JSON tree; a document the skeleton cannot walk is parsed whole,
/// which reports exactly what is wrong with it.
struct JSONDocumentReader {
    let source: String
    private var parser: JSONParser { JSONParser(options: .init(maxDepth: 128, maxBytes: Int.max, duplicateKeys: .keepLast)) }

    init(source: String) { self.source = source }

    /// Reads `bytes`, handing each event to `consume`; returns every diagnostic.
    func read(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic] {
        if let diagnostics = readEventByEvent(bytes, consume: consume) { return diagnostics }
        let document: JSONValue
        do {
            document = try parser.parse(bytes)
        } catch {
            return [.malformedJSON(error, file: source)]
        }
        var mapper = JSONEventMapper(source: source)
        guard let object = document.objectValue else {
            return [
                .error(
                    EPCISRule.notADocument, "the document is a JSON \(document.typeName), not an EPCIS document object",
                    at: mapper.here(JSONPointer()))
            ]
        }
        guard let (prefixes, listPath) = header(object, mapper: &mapper) else {
            if let prefixes = bareEventPrefixes(object), let event = mapper.event(from: document, at: JSONPointer(), prefixes: prefixes) {
                consume(event)
            }
            return mapper.fields.diagnostics
        }
        guard let list = listPath.resolve(in: document) else {
            mapper.fields.error(.noEvents, "the document has no \(listPath); it holds no events", at: mapper.here(JSONPointer()))
            return mapper.fields.diagnostics
        }
        guard let elements = list.arrayValue else {
            mapper.fields.error(.type, "eventList must be an array, not \(list.typeName)", at: mapper.here(listPath))
            return mapper.fields.diagnostics
        }
        for (index, element) in elements.enumerated() {
            if let event = mapper.event(from: element, at: listPath.appending(index), prefixes: prefixes) { consume(event) }
        }
        return mapper.fields.diagnostics
    }

    /// Reads a document whose structure the skeleton can walk, parsing each event on its own;
    /// `nil` (having consumed nothing) when the document must be parsed whole.
    private func readEventByEvent(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic]? {
        let skeleton = JSONSkeleton(bytes: bytes)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let members = skeleton.members(ofObjectAt: start) else { return nil }
        var topLevel = JSONObject()
        var bodyRange: Range<Int>?
        for (key, range) in members {
            if key == "epcisBody" { bodyRange = range; continue }
            guard let value = try? parser.parse(bytes[range]) else { return nil }
            topLevel[key] = value
        }
        var mapper = JSONEventMapper(source: source)
        guard let bodyRange, let (prefixes, listPath) = header(topLevel, mapper: &mapper) else { return nil }
        // Down the path to the event list, each level an object the skeleton walks.
        var range = bodyRange
        for key in listPath.tokens.dropFirst() {
            guard let next = skeleton.members(ofObjectAt: range.lowerBound)?.last(where: { $0.key == key })?.value else { return nil }
            range = next
        }
        guard let elements = skeleton.elements(ofArrayIn: range) else { return nil }
        var line = 1
        var counted = 0
        for (index, element) in elements.enumerated() {
            for byte in bytes[counted..<element.lowerBound] where byte == 0x0A { line += 1 }
            counted = element.lowerBound
            let pointer = listPath.appending(index)
            do {
                let value = try parser.parse(bytes[element])
                if let event = mapper.event(from: value, at: pointer, prefixes: prefixes) { consume(event) }
            } catch {
                mapper.fields.add(
                    .error(
                        InputRule.jsonMalformed, "not valid JSON: \(error.message)",
                        at: SourceLocation(file: source, line: line + error.line - 1, pointer: pointer.description)))
            }
        }
        return mapper.fields.diagnostics
    }

    /// Checks the document's `@context` and `type`; the prefixes and the path to the event list,
    /// or `nil` when the document is a bare event or of an unknown type (reported).
    private func header(_ object: JSONObject, mapper: inout JSONEventMapper) -> (JSONLDPrefixes, JSONPointer)? {
        let root = JSONPointer()
        let type = object["type"]?.stringValue ?? ""
        let path: [String]
        switch type {
        case "EPCISDocument": path = ["epcisBody", "eventList"]
        case "EPCISQueryDocument": path = ["epcisBody", "queryResults", "resultsBody", "eventList"]
        case _ where EPCISEvent.Kind(rawValue: type) != nil: return nil
        default:
            mapper.fields.error(
                .notADocument, "type '\(type)' is not EPCISDocument, EPCISQueryDocument or an event type", at: mapper.here(root.appending("type")))
            return nil
        }
        return (checkedPrefixes(object, mapper: &mapper), JSONPointer(tokens: path))
    }

    /// The prefixes of a bare event document, after checking its context; `nil` when it is no event.
    private func bareEventPrefixes(_ object: JSONObject) -> JSONLDPrefixes? {
        guard let type = object["type"]?.stringValue, EPCISEvent.Kind(rawValue: type) != nil else { return nil }
        return JSONLDPrefixes.standard.adding(object["@context"] ?? .null)
    }

    /// The prefixes the document's `@context` declares; a missing or non-EPCIS context is reported.
    private func checkedPrefixes(_ object: JSONObject, mapper: inout JSONEventMapper) -> JSONLDPrefixes {
        let root = JSONPointer()
        let prefixes = JSONLDPrefixes.standard.adding(object["@context"] ?? .null)
        if object["@context"] == nil {
            mapper.fields.error(
                .noContext,
                "the document has no @context; JSON-LD EPCIS documents start with the EPCIS context, https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
                at: mapper.here(root))
        } else if !prefixes.hasEPCISContext {
            mapper.fields.warning(
                .noContext, "@context does not name the EPCIS 2.0 context (…/epcis-context.jsonld)", at: mapper.here(root.appending("@context")))
        }
        return prefixes
    }
}
