import Passport

/// The consumer page of one passport in one language: static HTML with inline CSS, no scripts
/// and no outside assets, readable on a phone.
///
/// Every label, step, property, unit and status is in the page's language, numbers and dates are
/// written as it writes them; product data comes in the page's language when the catalogue
/// translates it, else as the catalogue writes it, marked with the catalogue's language (as are
/// names of parties and places). Any passport renders, a decoded one too: what it lacks is left blank.
public enum ConsumerPage {
    /// The page (UTF-8 HTML) for `passport`, published as a document of `version`, in `language`, whose QR code
    /// image is `qr.svg` beside it, with the product's text for people in `texts`; when the
    /// passport is signed, its signed form `passport.jwt` is beside it too, and `didDocumentURL` is
    /// where the issuer's public keys are published. The product's page is two folders up.
    public static func html(
        for passport: Passport, writtenIn version: UNTPVersion, language: PageText.Language = PageText.languages[0],
        texts: ProductTexts = ProductTexts(), fibreNames: FibreNames = .standard, didDocumentURL: String? = nil
    ) -> [UInt8] {
        let product = passport.product
        let voice = PageVoice(language, dataLanguage: texts.language)
        let t = voice.text
        let translation = texts.translations[language.code]
        let name = voice.product(translation?.name, product.name)
        // A consumer page is 15 to 25 KB: one buffer, not a dozen grown and copied.
        var page = HTMLWriter(capacity: 32_768)
        page.raw("<!DOCTYPE html>\n<html lang=\"")
        page.text(language.code)
        page.raw("\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", "\(name.text) – \(t("lot")) \(passport.lot ?? "") – \(t("pageTitle"))")
        page.raw("<style>")
        page.raw(PageStyle.css)
        page.raw("</style></head><body><main>")
        LanguageLinks.write(into: &page, current: language)

        page.open("header")
        page.element("p", t("pageTitle"), attributes: [("class", "kicker")])
        page.element("h1", name.text, attributes: name.attributes)
        let description = voice.product(translation?.description, product.description)
        page.element("p", description.text, attributes: description.attributes)
        page.open("dl")
        page.row(t("madeBy"), product.manufacturer.flatMap { $0.name ?? $0.id } ?? "", valueAttributes: voice.dataAttributes)
        let facility = [product.facility?.name, product.facility?.address].compactMap { $0 }.joined(separator: ", ")
        page.row(t("madeIn"), facility, valueAttributes: voice.dataAttributes)
        if let importer = passport.importer {
            let place = [importer.name ?? importer.id, importer.address].compactMap { $0 }.joined(separator: ", ")
            page.row(t("importer"), place, valueAttributes: voice.dataAttributes)
        }
        page.element("dt", t("productionDate"))
        page.open("dd")
        voice.date(product.productionDate ?? "", into: &page)
        page.close("dd")
        page.row(t("lot"), passport.lot ?? "")
        page.row("GTIN", product.registeredID ?? "")
        page.close("dl")
        page.open("p")
        page.link(t("allLots"), to: "../../" + PageText.pageName(language))
        page.close("p")
        page.raw("<img class=\"qr\" src=\"qr.svg\" width=\"132\" height=\"132\" alt=\"")
        page.text(t("qrCodeOf") + " " + (passport.link ?? ""))
        page.raw("\">")
        page.close("header")

        ConsumerPageSections.composition(passport, voice: voice, fibreNames: fibreNames, into: &page)
        ConsumerPageSections.origins(passport, voice: voice, fibreNames: fibreNames, into: &page)
        ConsumerPageSections.journey(passport, voice: voice, into: &page)
        FootprintSection.write(passport, voice: voice, into: &page)
        ConsumerPageSections.certificates(passport, voice: voice, into: &page)
        ConsumerPageSections.durability(product, voice: voice, into: &page)
        ConsumerPageSections.care(product, translation: translation, voice: voice, into: &page)
        ConsumerPageSections.endOfLife(passport, voice: voice, into: &page)

        page.open("footer")
        page.text(t("machineReadable") + " ")
        page.link("passport.jsonld", to: "passport.jsonld")
        page.raw(" ")
        let standards = "(W3C Verifiable Credential, UNTP Digital Product Passport \(version.rawValue))."
        page.inline(standards, language: language.code == "en" ? nil : "en")
        page.raw(" ")
        page.phrase(t.template("issuedBy")) { name, page in
            guard name == "issuer" else { return false }
            voice.data(passport.issuer.name ?? "", into: &page)
            return true
        }
        page.raw(" ")
        page.element("span", passport.link ?? "", attributes: [("class", "url")])
        if let didDocumentURL {
            page.open("p", attributes: [("class", "signature")])
            page.phrase(t.template("signedBy")) { name, page in
                switch name {
                case "issuer": voice.data(passport.issuer.name ?? "", into: &page)
                case "did": page.url(passport.issuer.id ?? "")
                case "didDocument": page.url(didDocumentURL)
                default: return false
                }
                return true
            }
            page.raw(" ")
            page.link("passport.jwt", to: "passport.jwt")
            page.close("p")
        }
        page.close("footer")
        page.raw("</main></body></html>\n")
        return page.bytes
    }
}

extension Passport {
    /// The name of the party `id` as the catalogue knows it, or the id itself.
    func partyName(_ id: String) -> String {
        origins.first { $0.producer == id }?.producerName ?? (product.manufacturer?.id == id ? product.manufacturer?.name : nil) ?? id
    }
}
