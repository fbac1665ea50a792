import Passport

/// The page of a product at its GTIN's Digital Link (`01/<gtin>/`): the product, in each
/// published language, and its lots, each linked to its consumer page.
public enum ProductPage {
    /// What the product's page shows of one lot's passport.
    public struct Lot: Sendable, Hashable {
        /// The 14-digit GTIN.
        public var gtin: String
        public var lot: String
        public var name: String?
        public var description: String?
        /// `YYYY-MM-DD`.
        public var productionDate: String?
        /// The lot's folder below the site root (`01/<gtin>/10/<lot>`).
        public var folder: [String]
        public var texts: ProductTexts

        /// The lot of `passport`, published in `folder`, whose product's text for people is `texts`.
        public init(passport: borrowing Passport, folder: [String], texts: ProductTexts) {
            gtin = passport.product.registeredID ?? ""
            lot = passport.lot ?? ""
            name = passport.product.name
            description = passport.product.description
            productionDate = passport.product.productionDate
            self.folder = folder
            self.texts = texts
        }

        init(gtin: String, lot: String, name: String?, description: String?, productionDate: String?, folder: [String], texts: ProductTexts) {
            self.gtin = gtin
            self.lot = lot
            self.name = name
            self.description = description
            self.productionDate = productionDate
            self.folder = folder
            self.texts = texts
        }
    }

    /// The product pages of `products` (each the lots of one GTIN, the first the one whose
    /// product text the pages show), one per published language, each in the GTIN's folder (the
    /// lots' folders less their last two names); each page is rendered as the sequence reaches
    /// it, so that a site's pages are never all in memory at once.
    public static func files(for products: some Sequence<[Lot]>) -> some Sequence<SiteFile> {
        products.lazy.flatMap { lots in
            PageText.languages.lazy.map { language in
                SiteFile(path: Array(lots[0].folder.dropLast(2)) + [PageText.pageName(language)], text: html(for: lots, language: language))
            }
        }
    }

    /// The page in `language` of the product whose lots are `lots` (at least one, all of one GTIN).
    public static func html(for lots: [Lot], language: PageText.Language) -> String {
        let first = lots[0]
        let voice = PageVoice(language, dataLanguage: first.texts.language)
        let t = voice.text
        let translation = first.texts.translations[language.code]
        let name = voice.product(translation?.name, first.name)
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>\n<html lang=\"")
        page.text(language.code)
        page.raw("\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", "\(name.text) – GTIN \(first.gtin) – \(t("pageTitle"))")
        page.raw("<style>" + PageStyle.css + "</style></head><body><main>")
        LanguageLinks.write(into: &page, current: language)
        page.open("header")
        page.element("p", t("product"), attributes: [("class", "kicker")])
        page.element("h1", name.text, attributes: name.attributes)
        let description = voice.product(translation?.description, first.description)
        page.element("p", description.text, attributes: description.attributes)
        page.open("dl")
        page.row("GTIN", first.gtin)
        page.close("dl")
        page.close("header")
        page.open("section")
        page.element("h2", t("lots"))
        page.element("p", t.plural("lotCount", count: lots.count))
        page.open("ul")
        for lot in lots.sorted(by: { ($0.productionDate ?? "", $0.lot) < ($1.productionDate ?? "", $1.lot) }) {
            page.open("li")
            let href = lot.folder.dropFirst(2).map(\.pathSegmentEscaped).joined(separator: "/") + "/" + PageText.pageName(language)
            page.link("\(t("lot")) \(lot.lot)", to: href)
            page.open("small")
            page.text(t("productionDate") + ": ")
            voice.date(lot.productionDate ?? "", into: &page)
            page.close("small")
            page.close("li")
        }
        page.close("ul")
        page.close("section")
        page.raw("</main></body></html>\n")
        return page.html
    }
}
