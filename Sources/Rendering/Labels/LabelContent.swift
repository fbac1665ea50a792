import Passport

/// What a lot's label says, all from its passport: the Digital Link the QR code encodes, the
/// GTIN and lot as GS1 human-readable interpretation, the product, its composition in each
/// language (``LabelComposition``, so only what the textile rules accept), the label
/// statements (the animal-parts statement of Art. 12 among them), the manufacturer and the EU
/// importer with their postal and electronic addresses (General Product Safety Regulation
/// 2023/988, Art. 9(6) and 11(3)), the care text in each language (``LabelCare``) and the
/// passport's address in short form.
public struct LabelContent: Sendable, Equatable {
    /// A run of text the layout wraps as a paragraph.
    public struct Paragraph: Sendable, Equatable {
        public var text: String
        public var bold: Bool
    }

    /// The GS1 Digital Link of the lot.
    public let link: String
    /// The compositions, one per language, in the order asked for.
    public let compositions: [LabelComposition]
    /// The paragraphs under the QR code, in print order.
    public let paragraphs: [Paragraph]

    /// The content of `passport`'s label in `languages`, its care text translated as the
    /// catalogue's `productTexts` translate it.
    ///
    /// - Throws: ``LabelContentError`` when the passport has no link, GTIN or lot, or a
    ///   composition cannot be written (``LabelCompositionError``).
    public init(passport: Passport, languages: [String], productTexts: ProductTexts = ProductTexts()) throws(LabelContentError) {
        guard let link = passport.link, !link.isEmpty, let gtin = passport.product.registeredID, let lot = passport.lot else {
            throw .incompletePassport(passport.link ?? passport.product.name ?? "a passport")
        }
        var compositions: [LabelComposition] = []
        for language in languages {
            do { compositions.append(try LabelComposition(of: passport, language: language)) } catch { throw .composition(error) }
        }
        var paragraphs = [Paragraph(text: "(01) \(gtin)", bold: false), Paragraph(text: "(10) \(lot)", bold: false)]
        if let name = passport.product.name { paragraphs.append(Paragraph(text: name, bold: true)) }
        paragraphs += compositions.flatMap { $0.lines.map { Paragraph(text: $0, bold: true) } }
        paragraphs += passport.product.labelStatements.compactMap { $0 }.map { Paragraph(text: $0, bold: false) }
        paragraphs += Self.party("Manufacturer", passport.product.manufacturer) + Self.party("EU importer", passport.importer)
        let care = LabelCare(of: passport.product.care, languages: languages, productTexts: productTexts)
        paragraphs += care.texts.map { text in
            // Marked with its language unless it is the label's only one.
            let mark = languages == [text.language] ? "" : text.language.uppercased() + ": "
            return Paragraph(text: mark + text.instructions.joined(separator: "; "), bold: false)
        }
        paragraphs.append(Paragraph(text: Self.shortForm(of: link), bold: false))
        self.link = link
        self.compositions = compositions
        self.paragraphs = paragraphs
    }

    /// `role: name, postal address, email, website`, when the passport names the party.
    private static func party(_ role: String, _ party: Passport.Party?) -> [Paragraph] {
        guard let party, let name = party.name else { return [] }
        let details = [name, party.address, party.email, party.website.map(shortForm)].compactMap { $0 }
        return [Paragraph(text: "\(role): " + details.joined(separator: ", "), bold: false)]
    }

    /// The link without its scheme, as people type it: `dpp.example.com/01/…/10/…`.
    static func shortForm(of link: String) -> String {
        for scheme in ["https://", "http://"] where link.hasPrefix(scheme) { return String(link.dropFirst(scheme.count)) }
        return link
    }
}
