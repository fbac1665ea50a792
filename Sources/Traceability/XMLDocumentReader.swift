import Diagnostics

/// Reads the events of an EPCIS XML document (`EPCISDocument`, `EPCISQueryDocument` or a bare event).
struct XMLDocumentReader {
    let source: String

    /// Reads `bytes`, handing each event to `consume`; returns every diagnostic.
    func read(_ bytes: [UInt8], consume: (EPCISEvent) -> Void) -> [Diagnostic] {
        let prologProblems = XMLProlog.check(bytes, source: source)
        guard prologProblems.isEmpty else { return prologProblems }
        let errors = XMLErrorCollector(source: source)
        var mapper = XMLEventMapper(source: source)
        let parsed = withoutActuallyEscaping(consume) { consume in
            let builder = XMLEventTreeBuilder(source: source, errors: errors) { tree, prefixes in
                if let event = mapper.event(from: &tree, prefixes: prefixes) { consume(event) }
            }
            return bytes.withUnsafeBufferPointer { XMLSAXParser.parse($0, source: source, into: builder) }
        }
        if !parsed {
            errors.add(.error("EPCIS-XML-MALFORMED", "libxml2 could not open the document", at: SourceLocation(file: source)))
        }
        return errors.diagnostics + mapper.fields.diagnostics
    }
}
