import Diagnostics

/// Checks an XML document's prolog before libxml2 parses it: encoding and DOCTYPE.
///
/// A DOCTYPE with an internal subset (entity declarations, the billion-laughs bomb) or an
/// external identifier (`SYSTEM "file:///etc/passwd"`) is refused; a bare `<!DOCTYPE name>`,
/// which GS1's own examples have, is harmless and allowed.
enum XMLProlog {
    /// The problems found in `bytes`, the whole document or (`isWhole` false) its beginning,
    /// which must then reach past the prolog; empty when the document may be parsed.
    static func check(_ bytes: [UInt8], isWhole: Bool = true, source: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let problem = encodingProblem(bytes) {
            diagnostics.append(.error(EPCISRule.xmlEncoding, problem, at: SourceLocation(file: source, line: 1)))
        }
        if let (line, problem) = doctypeProblem(bytes, isWhole: isWhole) {
            diagnostics.append(.error(EPCISRule.xmlDTD, problem, at: SourceLocation(file: source, line: line)))
        }
        return diagnostics
    }

    private static func encodingProblem(_ bytes: [UInt8]) -> String? {
        // UTF-16 and UTF-32 documents start with a byte-order mark or a zero byte; libxml2 decodes them.
        guard let first = bytes.first, first == UInt8(ascii: "<") || first == 0xEF else { return nil }
        guard let declared = declaredEncoding(bytes)?.lowercased() else { return nil }
        switch declared {
        case "utf-8", "utf8", "us-ascii", "ascii":
            return nil
        case "utf-16", "utf-16le", "utf-16be", "utf-32", "ucs-2", "ucs-4":
            return
                "the document declares encoding \(declared.uppercased()) but is written in an 8-bit encoding; declare UTF-8 or save it as \(declared.uppercased())"
        default:
            let nonASCII = bytes.contains { $0 >= 0x80 }
            if nonASCII, String(validating: bytes, as: UTF8.self) != nil {
                return "the document declares encoding \(declared) but its bytes are UTF-8; declare encoding=\"UTF-8\""
            }
            return nil
        }
    }

    /// The `encoding` of the XML declaration, when there is one.
    private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].starts(with: Array("<?xml".utf8)),
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        let declaration = Array(bytes[start..<end])
        let keyword = Array("encoding".utf8)
        guard let position = declaration.indices.first(where: { declaration[$0...].starts(with: keyword) }) else { return nil }
        let rest = String(decoding: declaration[(position + keyword.count)...], as: UTF8.self).drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// The line and message of a dangerous DOCTYPE before the root element, if any.
    private static func doctypeProblem(_ bytes: [UInt8], isWhole: Bool) -> (Int, String)? {
        let unfinished =
            isWhole ? nil : (1, "the prolog (before the root element) is longer than \(bytes.count) bytes; EPCIS documents need a few lines")
        var index = 0
        var line = 1
        func at(_ text: String) -> Bool { bytes[index...].starts(with: Array(text.utf8)) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "<") else { index += 1; continue }
            if at("<?") || at("<!--") {
                let terminator: [UInt8] = at("<?") ? Array("?>".utf8) : Array("-->".utf8)
                while index < bytes.count && !bytes[index...].starts(with: terminator) {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
                index += terminator.count
                continue
            }
            guard at("<!DOCTYPE") else { return nil }  // the root element: the prolog is over
            var end = index
            while end < bytes.count && bytes[end] != UInt8(ascii: ">") && bytes[end] != UInt8(ascii: "[") { end += 1 }
            if end == bytes.count { return unfinished }
            let declaration = String(decoding: bytes[index..<end], as: UTF8.self)
            if end < bytes.count && bytes[end] == UInt8(ascii: "[") {
                return (
                    line,
                    "the DOCTYPE declares entities or other markup (an internal subset); EPCIS documents need none, and entities can expand without bound, so the document is refused"
                )
            }
            if declaration.contains("SYSTEM") || declaration.contains("PUBLIC") {
                return (line, "the DOCTYPE names an external DTD; it is never loaded, and the document is refused; remove the DOCTYPE")
            }
            return nil
        }
        return unfinished
    }
}
