/// Builds an HTML document; text and attribute values are always escaped on the way in.
struct HTMLWriter {
    private(set) var html = ""

    /// Appends trusted markup written in this module (never data).
    mutating func raw(_ markup: String) { html += markup }

    /// Appends `text` escaped.
    mutating func text(_ text: String) { html += text.markupEscaped }

    /// Appends `<tag attributes>text</tag>` with the text and attribute values escaped.
    mutating func element(_ tag: String, _ text: String, attributes: [(String, String)] = []) {
        open(tag, attributes: attributes)
        html += text.markupEscaped
        html += "</\(tag)>"
    }

    /// Appends an opening tag with escaped attribute values.
    mutating func open(_ tag: String, attributes: [(String, String)] = []) {
        html += "<\(tag)"
        for (name, value) in attributes { html += " \(name)=\"\(value.markupEscaped)\"" }
        html += ">"
    }

    /// Appends a closing tag.
    mutating func close(_ tag: String) { html += "</\(tag)>" }

    /// Appends a link to `url` reading `text`, both escaped.
    mutating func link(_ text: String, to url: String) {
        element("a", text, attributes: [("href", url)])
    }

    /// Appends a definition-list row; `valueAttributes` go on the value (a `lang`).
    mutating func row(_ term: String, _ value: String, valueAttributes: [(String, String)] = []) {
        element("dt", term)
        element("dd", value, attributes: valueAttributes)
    }

    /// Appends `template` escaped, each of its `{name}` placeholders replaced by the markup `values[name]`.
    mutating func phrase(_ template: String, _ values: [String: String]) {
        html += Self.phraseMarkup(template, values)
    }

    /// The markup of `template` escaped, each of its `{name}` placeholders replaced by the markup `values[name]`.
    static func phraseMarkup(_ template: String, _ values: [String: String]) -> String {
        var markup = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            markup += String(rest[..<open]).markupEscaped
            markup += values[name] ?? String(rest[open...close]).markupEscaped
            rest = rest[rest.index(after: close)...]
        }
        return markup + String(rest).markupEscaped
    }

    /// The markup of `text`, escaped, inside `<span lang="…">` when `language` is given.
    static func inline(_ text: String, language: String?) -> String {
        guard let language else { return text.markupEscaped }
        return "<span lang=\"\(language.markupEscaped)\">\(text.markupEscaped)</span>"
    }

    /// The markup of `url` as text, in a span that may break anywhere so that it fits a phone's width.
    static func url(_ url: String) -> String {
        "<span class=\"url\">\(url.markupEscaped)</span>"
    }

    /// The markup of a date: `written` in a `<time>` that gives the ISO date `iso`.
    static func time(_ written: String, iso: String) -> String {
        "<time datetime=\"\(iso.markupEscaped)\">\(written.markupEscaped)</time>"
    }
}
