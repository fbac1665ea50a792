extension HTMLWriter {
    /// Appends the start of one of the site's own pages in English (not a passport's): the
    /// document's head titled `title`, then the body's header with the kicker and `title` as its
    /// heading, the header left open.
    mutating func startSitePage(title: String) {
        raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        element("title", title)
        raw("<style>" + PageStyle.css + "</style></head><body><main><header>")
        element("p", "TextilePassport", attributes: [("class", "kicker")])
        element("h1", title)
    }
}
