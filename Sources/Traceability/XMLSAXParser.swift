import CLibXML2

/// Parses an XML document with libxml2's SAX2 push parser, handing every element start, end
/// and piece of text to an ``XMLEventTreeBuilder``.
///
/// Nothing is built for the document as a whole: libxml2 tokenises, the builder keeps what it
/// needs. DTDs are never loaded, entities never declared or expanded and the network never used:
/// a DOCTYPE beyond a bare `<!DOCTYPE name>` is refused (``XMLProlog``) before libxml2 sees the
/// document, and the external entity loader refuses everything (``LibXML2Setup``).
enum XMLSAXParser {
    /// How many bytes are handed to libxml2 at a time.
    private static let chunkSize = 1 << 18

    /// Parses `buffer` into `builder`; `false` when libxml2 could not start a parser.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, source: String, into builder: XMLEventTreeBuilder) -> Bool {
        LibXML2Setup.once()
        var handler = callbacks()
        // The first four bytes go in with the context, so that libxml2 sees a UTF-16 or UTF-32 byte-order mark.
        let head = min(4, buffer.count)
        let base = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
        let user = Unmanaged.passUnretained(builder).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, user, base, Int32(head), source) else { return false }
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
        builder.parser = context
        defer { builder.parser = nil }
        var offset = head
        repeat {
            let count = min(chunkSize, buffer.count - offset)
            let last: Int32 = offset + count == buffer.count ? 1 : 0
            let status = xmlParseChunk(context, base.map { $0 + offset }, Int32(count), last)
            offset += count
            // A fatal error stops libxml2; it has reported it.
            if status != 0 && context.pointee.disableSAX != 0 { break }
        } while offset < buffer.count
        return true
    }

    private static func callbacks() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, uri, namespaceCount, namespaces, attributeCount, _, attributes in
            guard let localName else { return }
            treeBuilder(context)?.startElement(
                localName: localName, namespace: uri,
                namespaces: UnsafeBufferPointer(start: namespaces, count: Int(namespaceCount) * 2),
                attributes: UnsafeBufferPointer(start: attributes, count: Int(attributeCount) * 5))
        }
        handler.endElementNs = { context, _, _, _ in treeBuilder(context)?.endElement() }
        handler.characters = { context, text, length in
            guard let text, length > 0 else { return }
            treeBuilder(context)?.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.reference = { context, _ in treeBuilder(context)?.entityReference() }
        handler.serror = { context, error in
            guard let error else { return }
            treeBuilder(context)?.errors.record(error.pointee)
        }
        return handler
    }
}

/// The builder a callback's context points to (a free function: C callbacks cannot capture).
private func treeBuilder(_ context: UnsafeMutableRawPointer?) -> XMLEventTreeBuilder? {
    context.map { Unmanaged<XMLEventTreeBuilder>.fromOpaque($0).takeUnretainedValue() }
}
