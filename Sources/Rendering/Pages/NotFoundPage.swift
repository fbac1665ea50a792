/// The page the site's resolver answers with for an address it publishes nothing at (HTTP 404).
public enum NotFoundPage {
    /// The page of a site whose front page is at `indexURL`.
    public static func html(indexURL: String) -> String {
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", "No passport here")
        page.raw("<style>" + PageStyle.css + "</style></head><body><main><header>")
        page.element("p", "TextilePassport", attributes: [("class", "kicker")])
        page.element("h1", "No passport here")
        page.raw("</header><section>")
        page.element("p", "Nothing is published at this address: no product, lot or serial number this site knows.")
        page.open("p")
        page.link("Every passport of this site", to: indexURL)
        page.close("p")
        page.raw("</section></main></body></html>\n")
        return page.html
    }
}
