import JSONCore

/// Builds an HTML document into UTF-8 bytes; text and attribute values are always escaped on the way in.
struct HTMLWriter: ~Copyable {
    /// The document so far: a page is some 1,300 appends of a few bytes.
    private var buffer: ByteBuffer

    /// An empty document with room for `capacity` bytes before its buffer grows.
    init(capacity: Int = 256) { buffer = ByteBuffer(capacity: capacity) }

    /// The document so far.
    var bytes: [UInt8] { buffer.bytes }

    /// The document so far as text.
    var html: String { buffer.text }

    /// Appends one byte of markup.
    @inline(__always) mutating func append(_ byte: UInt8) { buffer.append(byte) }

    /// Appends bytes of markup (already escaped, or trusted).
    @inline(__always) mutating func append(_ source: UnsafeBufferPointer<UInt8>) { buffer.append(bytes: source) }

    /// Appends trusted markup written in this module (never data).
    mutating func raw(_ markup: String) { buffer.append(utf8: markup) }

    /// Appends `text` escaped.
    mutating func text(_ text: String) { MarkupEscaping.append(text, to: &self) }

    /// Appends `<tag attributes>text</tag>` with the text and attribute values escaped.
    mutating func element(_ tag: String, _ text: String, attributes: [(String, String)] = []) {
        open(tag, attributes: attributes)
        MarkupEscaping.append(text, to: &self)
        close(tag)
    }

    /// Appends an opening tag with escaped attribute values.
    mutating func open(_ tag: String, attributes: [(String, String)] = []) {
        append(UInt8(ascii: "<"))
        raw(tag)
        for (name, value) in attributes {
            append(UInt8(ascii: " "))
            raw(name)
            append(UInt8(ascii: "="))
            append(UInt8(ascii: "\""))
            MarkupEscaping.append(value, to: &self)
            append(UInt8(ascii: "\""))
        }
        append(UInt8(ascii: ">"))
    }

    /// Appends a closing tag.
    mutating func close(_ tag: String) {
        append(UInt8(ascii: "<"))
        append(UInt8(ascii: "/"))
        raw(tag)
        append(UInt8(ascii: ">"))
    }

    /// Appends a link to `url` reading `text`, both escaped.
    mutating func link(_ text: String, to url: String) {
        element("a", text, attributes: [("href", url)])
    }

    /// Appends a definition-list row; `valueAttributes` go on the value (a `lang`).
    mutating func row(_ term: String, _ value: String, valueAttributes: [(String, String)] = []) {
        element("dt", term)
        element("dd", value, attributes: valueAttributes)
    }

    /// Appends `template` escaped, each of its `{name}` placeholders written by `value(name, &self)`;
    /// a placeholder that `value` does not write (it returns `false`) stays as `{name}`.
    mutating func phrase(_ template: PhraseTemplate, _ value: (String, inout HTMLWriter) -> Bool) {
        for part in template.parts {
            switch part {
            case .literal(let literal): text(literal)
            case .placeholder(let name): if !value(name, &self) { text("{\(name)}") }
            }
        }
    }

    /// Appends `text`, escaped, inside `<span lang="…">` when `language` is given.
    mutating func inline(_ text: String, language: String?) {
        guard let language else { return self.text(text) }
        raw("<span lang=\"")
        self.text(language)
        raw("\">")
        self.text(text)
        raw("</span>")
    }

    /// Appends `url` as text, in a span that may break anywhere so that it fits a phone's width.
    mutating func url(_ url: String) {
        raw("<span class=\"url\">")
        text(url)
        raw("</span>")
    }

    /// Appends a date: `written` in a `<time>` that gives the ISO date `iso`.
    mutating func time(_ written: String, iso: String) {
        raw("<time datetime=\"")
        text(iso)
        raw("\">")
        text(written)
        raw("</time>")
    }

    /// Appends the items of `items`, each written by `write`, `separator` (markup) between them.
    mutating func list<Items: Sequence>(_ items: Items, separator: String, _ write: (Items.Element, inout HTMLWriter) -> Void) {
        var first = true
        for item in items {
            if !first { raw(separator) }
            first = false
            write(item, &self)
        }
    }
}
