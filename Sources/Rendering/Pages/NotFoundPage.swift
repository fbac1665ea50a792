/// The page the site's resolver answers with for an address it publishes nothing at (HTTP 404).
public enum NotFoundPage {
    /// The page of a site whose front page is at `indexURL`.
    public static func html(indexURL: String) -> String {
        var page = HTMLWriter()
        page.startSitePage(title: "No passport here")
        page.raw("</header><section>")
        page.element("p", "Nothing is published at this address: no product, lot or serial number this site knows.")
        page.open("p")
        page.link("Every passport of this site", to: indexURL)
        page.close("p")
        page.raw("</section></main></body></html>\n")
        return page.html
    }
}
