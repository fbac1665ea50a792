import Passport

/// The site's front page: every published passport, grouped by product.
public enum SiteIndexPage {
    /// What the page shows of one passport: a line of text and the folder it links to.
    public struct Entry: Sendable, Hashable {
        public var title: String
        public var detail: String
        public var folder: [String]
        /// What the product's page shows of the passport's product and lot.
        public var product: ProductPage.Lot

        /// The entry of `passport`, published in `folder`, whose product's text for people is `texts`.
        public init(passport: Passport, folder: [String], texts: ProductTexts = ProductTexts()) {
            title = "\(passport.product.name ?? ""), lot \(passport.lot ?? "")"
            detail = "GTIN \(passport.product.registeredID ?? "") · produced \(passport.product.productionDate ?? "")"
            self.folder = folder
            product = ProductPage.Lot(passport: passport, folder: folder, texts: texts)
        }
    }

    /// The page listing `entries`, issued by `issuerName`, and the site's other files in `links`
    /// (a title and a path below the site root each).
    public static func html(for entries: [Entry], issuerName: String?, links: [(title: String, path: [String])] = []) -> String {
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", "Digital Product Passports")
        page.raw("<style>" + PageStyle.css + "</style></head><body><main><header>")
        page.element("p", "TextilePassport", attributes: [("class", "kicker")])
        page.element("h1", "Digital Product Passports")
        page.element("p", "\(entries.count) passport(s) issued by \(issuerName ?? "—").")
        page.raw("</header><section><ul>")
        for entry in entries {
            page.open("li")
            let href = entry.folder.map(\.pathSegmentEscaped).joined(separator: "/") + "/index.html"
            page.link(entry.title, to: href)
            page.element("small", entry.detail)
            page.close("li")
        }
        page.raw("</ul></section>")
        if !links.isEmpty {
            page.raw("<section><h2>Verification</h2><ul>")
            for link in links {
                page.open("li")
                page.link(link.title, to: link.path.map(\.pathSegmentEscaped).joined(separator: "/"))
                page.close("li")
            }
            page.raw("</ul></section>")
        }
        page.raw("</main></body></html>\n")
        return page.html
    }
}
