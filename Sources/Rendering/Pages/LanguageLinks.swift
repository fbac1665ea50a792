/// The row of links from a page to its versions in the other published languages.
enum LanguageLinks {
    /// Appends the links of a page in `current`, each file named by ``PageText/pageName(_:)``.
    static func write(into page: inout HTMLWriter, current: PageText.Language) {
        page.open("nav", attributes: [("aria-label", PageText(current)("languages"))])
        for other in PageText.languages {
            if other == current {
                page.element("strong", other.name, attributes: [("lang", other.code)])
            } else {
                page.element("a", other.name, attributes: [("href", PageText.pageName(other)), ("lang", other.code), ("hreflang", other.code)])
            }
        }
        page.close("nav")
    }
}
