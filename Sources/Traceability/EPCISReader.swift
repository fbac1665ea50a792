import Diagnostics

/// Reads EPCIS 2.0 documents, XML or JSON-LD, into ``EPCISEvent`` values.
///
/// ```swift
/// let result = EPCISReader.read(bytes, source: "events.xml")
/// for problem in result.diagnostics { print(problem) }
/// let graph = TraceGraph(events: result.events)
/// ```
public enum EPCISReader {
    /// Reads `bytes`, telling XML from JSON by the first character; `source` names the file in diagnostics.
    ///
    /// Events that a later error declaration retracts are removed, with a note. Problems never
    /// stop the read: each is a diagnostic, and every event that could be read is returned.
    public static func read(_ bytes: [UInt8], source: String) -> EPCISReadResult {
        var events: [EPCISEvent] = []
        var diagnostics = readEach(bytes, source: source) { events.append($0) }
        events = removingRetracted(events, diagnostics: &diagnostics)
        diagnostics += EventTimeOrder.warnings(events)
        return EPCISReadResult(events: events, diagnostics: diagnostics)
    }

    /// Reads `bytes` and hands each event to `consume` as soon as it is read, holding none.
    ///
    /// Error declarations are passed on as events; nothing is retracted.
    public static func readEach(_ bytes: [UInt8], source: String, consume: (EPCISEvent) -> Void) -> [Diagnostic] {
        switch syntax(of: bytes) {
        case .xml: return XMLDocumentReader(source: source).read(bytes, consume: consume)
        case .json: return JSONDocumentReader(source: source).read(bytes, consume: consume)
        case nil:
            let what = bytes.isEmpty ? "the file is empty" : "the file is neither XML (starting with <) nor JSON (starting with {)"
            return [.error("EPCIS-FORMAT", "\(what); give an EPCIS 2.0 document in XML or JSON-LD", at: SourceLocation(file: source, line: 1))]
        }
    }

    private enum Syntax { case xml, json }

    private static func syntax(of bytes: [UInt8]) -> Syntax? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // UTF-16 and UTF-32 byte-order marks: only XML may be written that way.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .xml }
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        default: return nil
        }
    }

    /// `events` without those an error declaration retracts (and without the declarations themselves).
    private static func removingRetracted(_ events: [EPCISEvent], diagnostics: inout [Diagnostic]) -> [EPCISEvent] {
        let declarations = events.filter { $0.errorDeclaration != nil }
        guard !declarations.isEmpty else { return events }
        var retracted: Set<String> = []
        for declaration in declarations {
            guard let id = declaration.eventID else {
                diagnostics.append(.warning("EPCIS-RETRACTION-WITHOUT-ID", "an error declaration has no eventID, so it cannot say which event it retracts", at: declaration.location))
                continue
            }
            retracted.insert(id)
            diagnostics.append(.note("EPCIS-RETRACTED", "event \(id) is retracted by an error declaration (\(declaration.errorDeclaration?.reason ?? "no reason given")) and is left out", at: declaration.location))
        }
        return events.filter { event in event.errorDeclaration == nil && !(event.eventID.map(retracted.contains) ?? false) }
    }
}
