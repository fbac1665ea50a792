import Diagnostics
import JSONCore
import Spooling

/// Reads the events of an EPCIS JSON/JSON-LD document (`EPCISDocument`, `EPCISQueryDocument` or a bare event).
///
/// A document's event list is parsed one event at a time (see ``JSONSkeleton``), so a large
/// export never becomes one JSON tree, and a file is read in place, never held whole; a
/// document the skeleton cannot walk is parsed whole, which reports exactly what is wrong with it.
struct JSONDocumentReader {
    let source: String
    /// How the events of a list are spread over threads.
    let parallel: ParallelLoop
    private var parser: JSONParser { JSONParser(options: .init(maxDepth: 128, maxBytes: Int.max, duplicateKeys: .keepLast)) }

    init(source: String, parallel: ParallelLoop = .sequential) {
        self.source = source
        self.parallel = parallel
    }

    /// Reads `bytes`, handing each event to `consume`; returns every diagnostic.
    func read(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic] {
        // In memory the skeleton only stops at a malformed structure, before any event: the
        // whole parse then says exactly what is wrong.
        if let diagnostics = try? readEventByEvent(bytes, consume: consume) { return diagnostics }
        return readWhole(bytes, consume: consume)
    }

    /// Reads the document of `input` in place, an event at a time, holding at most a window of
    /// the file and one event; a document the skeleton cannot walk is read whole when it has at
    /// most `limit` bytes, and is an error otherwise, as is an event larger than `limit`. The
    /// file is read `windowSize` bytes at a time.
    func read(
        _ input: RandomAccessInput, limit: Int, windowSize: Int, consume: (EPCISEvent) -> Void
    ) -> [Diagnostic] {
        let bytes = JSONFileBytes(input, partLimit: limit, windowSize: windowSize)
        let malformed: (offset: Int, reason: String)?
        do throws(JSONSkeletonStop) {
            if let diagnostics = try readEventByEvent(bytes, consume: consume) { return diagnostics }
            malformed = nil
        } catch {
            switch error {
            case .malformed(let offset, let reason): malformed = (offset, reason)
            case .unreadable(let offset, let reason): return [EPCISReader.unreadable(source, after: offset, reason)]
            case .tooLarge(let offset, let count, let limit):
                return [JSONEventList.tooLarge(count, limit: limit, at: location(of: offset, in: bytes))]
            }
        }
        guard input.size > limit else {
            do throws(JSONSkeletonStop) {
                return read(try bytes.withBytes(in: 0..<input.size) { Array($0) }, consume: consume)
            } catch {
                guard case .unreadable(let offset, let reason) = error else { preconditionFailure("a file within the limit is read whole") }
                return [EPCISReader.unreadable(source, after: offset, reason)]
            }
        }
        guard let malformed else {
            return [
                .error(
                    InputRule.tooLarge,
                    "a JSON-LD document larger than \(InputRule.describe(limit: limit)) is read an event at a time, which needs an EPCISDocument or EPCISQueryDocument object with its events in epcisBody; split this one into several files or use XML",
                    at: SourceLocation(file: source))
            ]
        }
        return [
            .error(
                InputRule.jsonMalformed, "not valid JSON: \(malformed.reason)", at: location(of: malformed.offset, in: bytes))
        ]
    }

    /// Parses `bytes` whole and reads the events of the tree.
    private func readWhole(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic] {
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
    /// `nil` (having consumed nothing) when the document is not an EPCIS document with an event
    /// list. A malformed structure stops the read before any event is consumed; an event
    /// larger than the limit is an error, and the read goes on with the next.
    private func readEventByEvent<Bytes: JSONDocumentBytes>(_ bytes: Bytes, consume: (EPCISEvent) -> Void) throws(JSONSkeletonStop)
        -> [Diagnostic]?
    {
        let skeleton = JSONSkeleton(bytes: bytes)
        var start = 0
        if bytes.count >= 3, try bytes.withBytes(in: 0..<3, { $0.elementsEqual([0xEF, 0xBB, 0xBF]) }) { start = 3 }
        guard try skeleton.value(at: start, opensWith: "{") else { return nil }
        let members = try skeleton.members(ofObjectAt: start)
        var topLevel = JSONObject()
        var bodyRange: Range<Int>?
        for (key, range) in members {
            if key == "epcisBody" {
                bodyRange = range
                continue
            }
            let parsed = try bytes.withBytes(in: range) { member in Result { () throws(JSONParseError) in try parser.parse(member) } }
            switch parsed {
            case .success(let value): topLevel[key] = value
            case .failure(let error): throw .malformed(offset: range.lowerBound + error.byteOffset, reason: error.message)
            }
        }
        var mapper = JSONEventMapper(source: source)
        guard let bodyRange, let (prefixes, listPath) = header(topLevel, mapper: &mapper) else { return nil }
        // Down the path to the event list, each level an object the skeleton walks.
        var range = bodyRange
        for key in listPath.tokens.dropFirst() {
            guard try skeleton.value(at: range.lowerBound, opensWith: "{"),
                let next = try skeleton.members(ofObjectAt: range.lowerBound).last(where: { $0.key == key })?.value
            else { return nil }
            range = next
        }
        guard try skeleton.value(at: range.lowerBound, opensWith: "[") else { return nil }
        let list = JSONEventList(
            source: source, path: listPath, prefixes: prefixes, elements: try skeleton.elements(ofArrayIn: range), parser: parser)
        var line = 1 + (try JSONEventList.lineBreaks(in: 0..<range.lowerBound, of: bytes))
        var counted = range.lowerBound
        guard parallel.workers > 1 else {
            try list.read(list.elements.indices, of: bytes, line: &line, counted: &counted, mapper: &mapper, consume: consume)
            return mapper.fields.diagnostics
        }
        return mapper.fields.diagnostics + (try list.readInBatches(of: bytes, line: line, counted: counted, parallel: parallel, consume: consume))
    }

    /// The line and column (in Unicode scalars) of byte `offset` of `bytes`.
    private func location(of offset: Int, in bytes: some JSONDocumentBytes) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        while index < min(offset, bytes.count), let byte = try? bytes.byte(at: index) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: source, line: line, column: column)
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
