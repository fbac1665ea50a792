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

    /// Appends a definition-list row.
    mutating func row(_ term: String, _ value: String) {
        element("dt", term)
        element("dd", value)
    }
}
