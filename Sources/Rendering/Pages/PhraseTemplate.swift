/// A text with `{name}` placeholders, split once into its literal parts and its placeholders so
/// that filling it in is one pass over the parts.
///
/// A `{` with no `}` after it, or whose name would hold another `{`, is literal text; a
/// placeholder the values do not name is written back as `{name}`; the values put in are not
/// searched again.
struct PhraseTemplate: Sendable, Hashable {
    /// One part of the template, in order.
    enum Part: Sendable, Hashable {
        /// Text written as it is (escaped when written as markup).
        case literal(String)
        /// The name of a placeholder, without its braces.
        case placeholder(String)
    }

    let parts: [Part]

    /// The template `text` split into its parts.
    init(_ text: String) {
        var parts: [Part] = []
        var literal = Substring()
        var rest = text[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            let nameStart = rest.utf8.index(after: open)
            let close = rest.utf8[nameStart...].firstIndex(of: UInt8(ascii: "}"))
            guard let close, !rest.utf8[nameStart..<close].contains(UInt8(ascii: "{")) else {
                literal += rest[...open]
                rest = rest[nameStart...]
                continue
            }
            literal += rest[..<open]
            if !literal.isEmpty { parts.append(.literal(String(literal))) }
            literal = ""
            parts.append(.placeholder(String(rest[nameStart..<close])))
            rest = rest[rest.utf8.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(String(literal))) }
        self.parts = parts
    }

    /// The text with each placeholder `values` names replaced by its value.
    func filled(_ values: [String: String]) -> String {
        filled { values[$0] }
    }

    /// The text with each placeholder replaced by `value(name)`, or left as it is when that is `nil`.
    func filled(_ value: (String) -> String?) -> String {
        // Most of a page's text has no placeholder: it is its one literal, as it is.
        if parts.count == 1, case .literal(let literal) = parts[0] { return literal }
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .placeholder(let name): text += value(name) ?? "{\(name)}"
            }
        }
        return text
    }
}
