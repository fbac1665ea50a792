import Diagnostics
import Spooling

/// Reads EPCIS 2.0 documents, XML or JSON-LD, into ``EPCISEvent`` values.
///
/// ```swift
/// let result = EPCISReader.read(bytes, source: "events.xml")
/// for problem in result.diagnostics { print(problem) }
/// let graph = TraceGraph(events: result.events)
/// ```
public enum EPCISReader {
    /// Reads `bytes`, telling XML from JSON by the first character; `source` names the file in
    /// diagnostics, `elementOrder` says whether XML elements out of the schema's order are an error.
    ///
    /// Events that a later error declaration retracts are removed, with a note. Problems never
    /// stop the read: each is a diagnostic, and every event that could be read is returned.
    public static func read(_ bytes: [UInt8], source: String, elementOrder: XMLElementOrder = .lenient) -> EPCISReadResult {
        let collector = EventCollector()
        let diagnostics = readEach(bytes, source: source, elementOrder: elementOrder, consume: collector.add)
        return finished(collector, diagnostics)
    }

    /// The events of a read as they come: kept as records, error declarations noted.
    private final class EventCollector {
        let records = EventRecords.Builder()
        var declarations: [EPCISEvent] = []

        func add(_ event: EPCISEvent) {
            if event.errorDeclaration != nil { declarations.append(event) }
            records.append(event)
        }
    }

    /// The result of a read: retracted events removed, the time order checked.
    private static func finished(_ collector: EventCollector, _ readDiagnostics: [Diagnostic]) -> EPCISReadResult {
        var diagnostics = readDiagnostics
        let records = removingRetracted(collector.records.finish(), declarations: collector.declarations, diagnostics: &diagnostics)
        diagnostics += EventTimeOrder.warnings(records)
        return EPCISReadResult(records: records, diagnostics: diagnostics)
    }

    /// How much of a streamed document is read before deciding how to read it: enough for any sensible XML prolog.
    static let headSize = 1 << 20

    /// Reads a document that arrives in pieces: `nextPiece` writes the next bytes into the buffer
    /// it is given and returns how many it wrote, 0 at the end (a file, a pipe).
    ///
    /// XML is parsed as it arrives and is never held whole, so its size is not limited. JSON in a
    /// file that can be read at any offset (`randomAccess`, the same file as `nextPiece`) is read
    /// in place an event at a time, so its size is not limited either, but each event and each
    /// top-level member must fit in `maximumJSONSize` bytes. Other JSON (a pipe) is collected
    /// whole first, up to `maximumJSONSize` bytes (an error beyond), in one buffer of
    /// `expectedSize` when the size is known. Otherwise as ``read(_:source:elementOrder:)``. An
    /// error thrown by `nextPiece` ends the read with a diagnostic. JSON read in place is parsed
    /// `parallel.workers` batches of events at once.
    public static func read(
        source: String, maximumJSONSize: Int, expectedSize: Int? = nil, elementOrder: XMLElementOrder = .lenient,
        randomAccess: RandomAccessInput? = nil, parallel: ParallelLoop = .sequential,
        nextPiece: (UnsafeMutableRawBufferPointer) throws -> Int
    ) -> EPCISReadResult {
        var head: [UInt8] = []
        var isWhole = false
        do {
            isWhole = try append(to: &head, upTo: headSize, from: nextPiece)
            let syntax = syntax(of: head)
            // Neither XML nor JSON from its first byte on: said as for a small file, whatever its size.
            if syntax == nil, head.contains(where: { !Self.whitespace.contains($0) }) {
                return EPCISReadResult(events: [], diagnostics: [unknownFormat(head, source: source)])
            }
            let isXML = syntax == .xml
            if !isXML, !isWhole, let randomAccess {
                return readJSONInPlace(randomAccess, source: source, maximumPartSize: maximumJSONSize, parallel: parallel)
            }
            let collector = EventCollector()
            var diagnostics: [Diagnostic]
            if isXML {
                // Streamed: the head is all of it that is held.
                diagnostics = XMLDocumentReader(source: source, elementOrder: elementOrder).read(
                    head: head, isWhole: isWhole, nextPiece: nextPiece, consume: collector.add)
            } else {
                if !isWhole {
                    // One buffer of the right size, rather than doubling one (and holding both halves while copying).
                    if let expectedSize { head.reserveCapacity(min(expectedSize, maximumJSONSize) + 1) }
                    isWhole = try append(to: &head, upTo: maximumJSONSize + 1, from: nextPiece)
                }
                guard head.count <= maximumJSONSize else {
                    let limit = InputRule.describe(limit: maximumJSONSize)
                    return EPCISReadResult(
                        events: [],
                        diagnostics: [
                            .error(
                                InputRule.tooLarge,
                                "a JSON-LD document from a stream (a pipe, standard input) is read whole, and this one is larger than \(limit); give it as a file, which is read an event at a time, or use XML",
                                at: SourceLocation(file: source))
                        ])
                }
                diagnostics = readEach(head, source: source, elementOrder: elementOrder, consume: collector.add)
            }
            return finished(collector, diagnostics)
        } catch {
            return EPCISReadResult(events: [], diagnostics: [unreadable(source, after: head.count, "\(error)")])
        }
    }

    /// Reads a JSON-LD document in place from `input` (a file, or any storage read by ranges),
    /// an event at a time, `readSize` bytes a read, never holding it whole: its size is not
    /// limited, but each event and each top-level member must fit in `maximumPartSize` bytes.
    /// A document whose structure cannot be walked is read whole when it has at most
    /// `maximumPartSize` bytes (which gives the parser's exact error), and is an error with its
    /// line and column otherwise. Otherwise as ``read(_:source:elementOrder:)``. The events are
    /// parsed `parallel.workers` batches at once, and come in the file's order.
    public static func readJSONInPlace(
        _ input: RandomAccessInput, source: String, maximumPartSize: Int, readSize: Int = 1 << 20, parallel: ParallelLoop = .sequential
    ) -> EPCISReadResult {
        let collector = EventCollector()
        let diagnostics = JSONDocumentReader(source: source, parallel: parallel).read(
            input, limit: maximumPartSize, windowSize: readSize, consume: collector.add)
        return finished(collector, diagnostics)
    }

    /// The error for input that failed after `offset` bytes.
    static func unreadable(_ source: String, after offset: Int, _ reason: String) -> Diagnostic {
        .error(InputRule.unreadable, "the file could not be read past byte \(offset): \(reason)", at: SourceLocation(file: source))
    }

    /// Appends what `nextPiece` gives to `bytes` until it holds `limit` bytes or the input ends; `true` at the end.
    private static func append(to bytes: inout [UInt8], upTo limit: Int, from nextPiece: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Bool
    {
        var piece = [UInt8](repeating: 0, count: XMLDocumentReader.pieceSize)
        while bytes.count < limit {
            let count = try piece.withUnsafeMutableBytes {
                try nextPiece(UnsafeMutableRawBufferPointer(rebasing: $0[..<min($0.count, limit - bytes.count)]))
            }
            if count == 0 { return true }
            bytes += piece[..<count]
        }
        return false
    }

    /// Reads `bytes` and hands each event to `consume` as soon as it is read, holding none.
    ///
    /// Error declarations are passed on as events; nothing is retracted.
    public static func readEach(_ bytes: [UInt8], source: String, elementOrder: XMLElementOrder = .lenient, consume: (EPCISEvent) -> Void)
        -> [Diagnostic]
    {
        switch syntax(of: bytes) {
        case .xml: return XMLDocumentReader(source: source, elementOrder: elementOrder).read(bytes, consume: consume)
        case .json: return JSONDocumentReader(source: source).read(bytes, consume: consume)
        case nil: return [unknownFormat(bytes, source: source)]
        }
    }

    /// The error for `bytes`, which start as neither XML nor JSON (or are empty).
    private static func unknownFormat(_ bytes: [UInt8], source: String) -> Diagnostic {
        let what = bytes.isEmpty ? "the file is empty" : "the file is neither XML (starting with <) nor JSON (starting with {)"
        return .error(EPCISRule.format, "\(what); give an EPCIS 2.0 document in XML or JSON-LD", at: SourceLocation(file: source, line: 1))
    }

    /// The white space that may come before a document's first character.
    private static let whitespace: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]

    private enum Syntax { case xml, json }

    private static func syntax(of bytes: [UInt8]) -> Syntax? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // UTF-16 and UTF-32 byte-order marks: only XML may be written that way.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .xml }
        while index < bytes.count, whitespace.contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        default: return nil
        }
    }

    /// `records` without the events `declarations` retract and without the declarations themselves.
    private static func removingRetracted(_ records: EventRecords, declarations: [EPCISEvent], diagnostics: inout [Diagnostic])
        -> EventRecords
    {
        guard !declarations.isEmpty else { return records }
        var retracted: Set<String> = []
        for declaration in declarations {
            guard let id = declaration.eventID else {
                diagnostics.append(
                    .warning(
                        EPCISRule.retractionWithoutID, "an error declaration has no eventID, so it cannot say which event it retracts",
                        at: declaration.location))
                continue
            }
            retracted.insert(id)
            diagnostics.append(
                .note(
                    EPCISRule.retracted,
                    "event \(id) is retracted by an error declaration (\(declaration.errorDeclaration?.reason ?? "no reason given")) and is left out",
                    at: declaration.location))
        }
        var kept: [Bool] = []
        kept.reserveCapacity(records.count)
        records.forEach { _, event in kept.append(event.errorDeclaration == nil && !(event.eventID.map(retracted.contains) ?? false)) }
        return records.filter { kept[$0] }
    }
}
