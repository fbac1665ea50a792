import Passport

/// How a page in one language writes what it shows: its fixed text, its numbers and dates, and
/// the catalogue's text marked with the catalogue's language when that is not the page's.
struct PageVoice {
    let text: PageText
    /// The language of the catalogue's text, when it differs from the page's; `nil` otherwise.
    let foreignLanguage: String?

    /// The voice of a page in `language` showing catalogue text written in `dataLanguage`.
    init(_ language: PageText.Language, dataLanguage: String) {
        text = PageText(language)
        let primary = dataLanguage.split(separator: "-").first.map(String.init) ?? dataLanguage
        foreignLanguage = primary.lowercased() == language.code ? nil : dataLanguage
    }

    var format: LocaleFormat { text.language.format }

    /// The `lang` attribute of an element holding catalogue text, or none.
    var dataAttributes: [(String, String)] { foreignLanguage.map { [("lang", $0)] } ?? [] }

    /// Appends the ` lang` attribute an element holding catalogue text needs, or nothing.
    func dataLanguageAttribute(into page: inout HTMLWriter) {
        guard let foreignLanguage else { return }
        page.raw(" lang=\"")
        page.text(foreignLanguage)
        page.raw("\"")
    }

    /// Appends catalogue text `value`, marked with the catalogue's language when that is not the page's.
    func data(_ value: String, into page: inout HTMLWriter) { page.inline(value, language: foreignLanguage) }

    /// Appends the `vocabulary` word `word` in the page's language, or the word as the catalogue
    /// or the trace writes it, marked; `capitalized` for the start of a line.
    func term(_ vocabulary: PageText.Vocabulary, _ word: String, capitalized: Bool = false, into page: inout HTMLWriter) {
        if let translated = text.term(vocabulary, word) { return page.text(translated) }
        data(capitalized ? word.capitalizedFirst : word, into: &page)
    }

    /// Appends the date `iso` begins with, written as the page's language writes dates; the text
    /// itself when it is not a date.
    func date(_ iso: String, into page: inout HTMLWriter) {
        guard let written = format.date(iso) else { return page.text(iso) }
        // Its first ten bytes: a text read as a date starts with ASCII digits and hyphens.
        page.time(written, iso: String(Substring(iso.utf8.prefix(10))))
    }

    /// The markup of a product text: `translated` in the page's language when the catalogue gives
    /// it, else the catalogue's `original`, marked.
    func product(_ translated: String?, _ original: String?) -> (text: String, attributes: [(String, String)]) {
        if let translated { return (translated, []) }
        return (original ?? "", original == nil ? [] : dataAttributes)
    }
}
