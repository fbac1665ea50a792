import Passport

/// The site's front page: every published passport, in the order of its lot.
public enum SiteIndexPage {
    /// What the page shows of one passport: a line of text and the folder it links to.
    public struct Entry: Sendable, Hashable {
        public var title: String
        public var detail: String
        public var folder: [String]

        /// The entry of `passport`, published in `folder`.
        public init(passport: borrowing Passport, folder: [String]) {
            title = "\(passport.product.name ?? ""), lot \(passport.lot ?? "")"
            detail = "GTIN \(passport.product.registeredID ?? "") · produced \(passport.product.productionDate ?? "")"
            self.folder = folder
        }

        init(title: String, detail: String, folder: [String]) {
            self.title = title
            self.detail = detail
            self.folder = folder
        }
    }

    /// The page listing the `count` passports of `entries`, issued by `issuerName`, and the
    /// site's other files in `links` (a title and a path below the site root each), in pieces
    /// of at least `pieceSize` bytes made as they are asked for: the entries are taken one at a
    /// time, so that a site's list is never held whole.
    public static func pieces(
        of entries: some Sequence<Entry>, count: Int, issuerName: String?, links: [(title: String, path: [String])] = [],
        pieceSize: Int = 1 << 20
    ) -> some Sequence<[UInt8]> {
        var head = HTMLWriter()
        head.startSitePage(title: "Digital Product Passports")
        head.element("p", "\(count) passport(s) issued by \(issuerName ?? "—").")
        head.raw("</header><section><ul>")
        let items = entries.lazy.map { entry in
            var item = HTMLWriter()
            item.open("li")
            let href = entry.folder.map(\.pathSegmentEscaped).joined(separator: "/") + "/index.html"
            item.link(entry.title, to: href)
            item.element("small", entry.detail)
            item.close("li")
            return item.bytes
        }
        var foot = HTMLWriter()
        foot.raw("</ul></section>")
        if !links.isEmpty {
            foot.raw("<section><h2>Verification</h2><ul>")
            for link in links {
                foot.open("li")
                foot.link(link.title, to: link.path.map(\.pathSegmentEscaped).joined(separator: "/"))
                foot.close("li")
            }
            foot.raw("</ul></section>")
        }
        foot.raw("</main></body></html>\n")
        let parts = [AnySequence([head.bytes]), AnySequence(items), AnySequence([foot.bytes])].joined()
        return GatheredPieces(parts: parts, pieceSize: pieceSize)
    }
}
