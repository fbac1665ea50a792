import Diagnostics

/// Reads the events of an EPCIS XML document (`EPCISDocument`, `EPCISQueryDocument` or a bare event).
struct XMLDocumentReader {
    /// How many bytes are handed to libxml2 at a time.
    static let pieceSize = 1 << 18

    let source: String
    var elementOrder = XMLElementOrder.lenient

    /// Reads a document whose bytes are all in `bytes`, handing each event to `consume`; returns every diagnostic.
    func read(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic] {
        read(head: bytes, isWhole: true, nextPiece: { _ in 0 }, consume: consume)
    }

    /// Reads a document that starts with `head` and goes on with what `nextPiece` writes into
    /// the buffer it is given (returning the count, 0 at the end), handing each event to `consume`.
    ///
    /// Only `head` and one piece are in memory at a time; `head` must reach past the prolog
    /// (up to the root element) unless `isWhole` says it is the whole document.
    func read(
        head: [UInt8], isWhole: Bool, nextPiece: (UnsafeMutableRawBufferPointer) throws -> Int, consume: (EPCISEvent) -> Void
    ) -> [Diagnostic] {
        let prologProblems = XMLProlog.check(head, isWhole: isWhole, source: source)
        guard prologProblems.isEmpty else { return prologProblems }
        let errors = XMLErrorCollector(source: source)
        var mapper = XMLEventMapper(source: source, elementOrder: elementOrder)
        withoutActuallyEscaping(consume) { consume in
            let builder = XMLEventTreeBuilder(source: source, errors: errors) { tree, prefixes in
                if let event = mapper.event(from: &tree, prefixes: prefixes) { consume(event) }
            }
            let parser = XMLSAXParser(source: source, into: builder)
            let started = head.withUnsafeBytes { push($0, last: isWhole, to: parser, errors: errors) }
            guard started, !isWhole else { return }
            var piece = [UInt8](repeating: 0, count: Self.pieceSize)
            var offset = head.count
            while true {
                do {
                    let count = try piece.withUnsafeMutableBytes { try nextPiece($0) }
                    _ = piece.withUnsafeBytes { push(UnsafeRawBufferPointer(rebasing: $0[..<count]), last: count == 0, to: parser, errors: errors) }
                    guard count > 0 else { return }
                    offset += count
                } catch {
                    errors.add(EPCISReader.unreadable(source, after: offset, "\(error)"))
                    return
                }
            }
        }
        return errors.diagnostics + mapper.fields.diagnostics
    }

    /// Pushes `bytes` to `parser` a piece at a time; `false` (with a diagnostic) when libxml2 could not start.
    private func push(_ buffer: UnsafeRawBufferPointer, last: Bool, to parser: XMLSAXParser, errors: XMLErrorCollector) -> Bool {
        var offset = 0
        repeat {
            let end = min(offset + Self.pieceSize, buffer.count)
            guard parser.push(UnsafeRawBufferPointer(rebasing: buffer[offset..<end]), last: last && end == buffer.count) else {
                errors.add(.error(InputRule.xmlMalformed, "libxml2 could not open the document", at: SourceLocation(file: source)))
                return false
            }
            offset = end
        } while offset < buffer.count
        return true
    }
}
