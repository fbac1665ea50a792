import CLibXML2

/// Parses an XML document with libxml2's SAX2 push parser, handing every element start, end
/// and piece of text to an ``XMLEventTreeBuilder``.
///
/// The document is pushed in pieces as they arrive, so it is never held whole: libxml2
/// tokenises, the builder keeps what it needs. DTDs are never loaded, entities never declared
/// or expanded and the network never used: a DOCTYPE beyond a bare `<!DOCTYPE name>` is
/// refused (``XMLProlog``) before libxml2 sees the document, and the external entity loader
/// refuses everything (``LibXML2Setup``).
final class XMLSAXParser {
    private let source: String
    /// The builder, where the callbacks reach it through libxml2's user-data pointer; owned by
    /// this parser, and only touched by one callback at a time.
    private let builder: UnsafeMutablePointer<XMLEventTreeBuilder>
    /// libxml2's parser, made with the first piece of the document.
    private var context: xmlParserCtxtPtr?
    /// Whether libxml2 stopped at a fatal error (it has reported it) or could not start.
    private var stopped = false

    /// A parser feeding `builder`; `source` names the document in libxml2's messages.
    init(source: String, into builder: XMLEventTreeBuilder) {
        self.source = source
        self.builder = .allocate(capacity: 1)
        self.builder.initialize(to: builder)
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
        builder.deinitialize(count: 1)
        builder.deallocate()
    }

    /// Parses the next piece of the document; `last` says it is the end. `false` when libxml2 could not start a parser.
    func push(_ bytes: UnsafeRawBufferPointer, last: Bool) -> Bool {
        guard !stopped else { return true }
        var remaining = bytes
        if context == nil {
            // The first bytes go in with the context, so that libxml2 sees a UTF-16 or UTF-32 byte-order mark.
            LibXML2Setup.once()
            let head = UnsafeRawBufferPointer(rebasing: remaining.prefix(4))
            var handler = Self.callbacks()
            context = xmlCreatePushParserCtxt(
                &handler, UnsafeMutableRawPointer(builder),
                head.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(head.count), source)
            guard let context else {
                stopped = true
                return false
            }
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
            builder.pointee.parser = context
            remaining = UnsafeRawBufferPointer(rebasing: remaining.dropFirst(head.count))
        }
        guard let context else { return false }
        // An error libxml2 raises outside the parser (input that does not convert from the
        // declared encoding) goes to this thread's structured handler, which would print it:
        // it is this document's, so it is collected with the rest, and the handler reset after.
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(builder), recordLibXML2Error)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let status = xmlParseChunk(context, remaining.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(remaining.count), last ? 1 : 0)
        if status != 0 && context.pointee.disableSAX != 0 { stopped = true }
        return true
    }

    private static func callbacks() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, uri, namespaceCount, namespaces, attributeCount, _, attributes in
            guard let localName else { return }
            treeBuilder(context)?.pointee.startElement(
                localName: localName, namespace: uri,
                namespaces: UnsafeBufferPointer(start: namespaces, count: Int(namespaceCount) * 2),
                attributes: UnsafeBufferPointer(start: attributes, count: Int(attributeCount) * 5))
        }
        handler.endElementNs = { context, _, _, _ in treeBuilder(context)?.pointee.endElement() }
        handler.characters = { context, text, length in
            guard let text, length > 0 else { return }
            treeBuilder(context)?.pointee.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.reference = { context, _ in treeBuilder(context)?.pointee.entityReference() }
        handler.serror = recordLibXML2Error
        return handler
    }
}

/// Records a libxml2 error in the builder `context` points to (a free function: C callbacks cannot capture).
private func recordLibXML2Error(_ context: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
    guard let error else { return }
    treeBuilder(context)?.pointee.errors.record(error.pointee)
}

/// The builder a callback's context points to (a free function: C callbacks cannot capture).
private func treeBuilder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<XMLEventTreeBuilder>? {
    context?.assumingMemoryBound(to: XMLEventTreeBuilder.self)
}
