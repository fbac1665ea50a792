import Foundation
import JSONCore
import Passport
import Rendering
import Testing
import TextileResources

/// The consumer pages of the demo in each language other than English hold no English text
/// but the catalogue's, which is marked `lang="en"`; plurals and locale formats show on the page.
@Suite struct PageLanguageTests {
    static let foreignLanguages = PageText.languages.map(\.code).filter { $0 != "en" }
    /// The beanie (translated product text, two components, an origin in China) and the sweater
    /// (only a German name and description).
    static let lots = ["KC-BN-2026-001", "KC-SW-2026-001"]

    /// The page's visible text (title, body, attribute-free) less every element whose `lang`
    /// differs from the page's: what a reader sees in the page's language.
    static func ownLanguageText(_ html: String, language: String) -> String {
        var text = html.replacingOccurrences(of: #"<style>.*?</style>"#, with: " ", options: .regularExpression)
        // The marked elements: innermost first, so that nesting of other elements does not matter.
        let marked = #"<(\w+)[^>]*\slang="(?!\#(language)")[^"]*"[^>]*>[^<]*(?:<(?!/?\1[\s>])[^<]*)*</\1>"#
        while let range = text.range(of: marked, options: .regularExpression) { text.replaceSubrange(range, with: " ") }
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        return text.replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every English text of `Schemas/consumer-page-text.json` (labels, plurals, terms) cut at its
    /// placeholders, with the translation in `language` of the same entry, for the pieces long
    /// enough to be a word that the translation does not share ("GTIN", "Lot" in French).
    static func englishPieces(language: String) throws -> [String] {
        let table = try JSONParser().parse(EmbeddedResources.schemas["consumer-page-text.json"]!)
        var entries: [JSONValue] = (table["text"]?.objectValue ?? JSONObject()).map(\.value)
        for (_, plural) in table["plurals"]?.objectValue ?? JSONObject() {
            for form in ["one", "other"] {
                entries.append(.object(JSONObject([("en", plural["en"]?[form] ?? .null), (language, plural[language]?[form] ?? .null)])))
            }
        }
        for (_, vocabulary) in table["terms"]?.objectValue ?? JSONObject() { entries += (vocabulary.objectValue ?? JSONObject()).map(\.value) }
        var pieces: [String] = []
        for entry in entries {
            let english = try #require(entry["en"]?.stringValue), translation = try #require(entry[language]?.stringValue)
            for piece in english.split(whereSeparator: { $0 == "{" || $0 == "}" }).map({ $0.trimmingCharacters(in: .whitespaces) })
            where piece.filter(\.isLetter).count >= 4 && translation.range(of: piece, options: .caseInsensitive) == nil {
                pieces.append(piece)
            }
        }
        return pieces
    }

    @Test(arguments: foreignLanguages, lots)
    func noEnglishLabelIsLeftOnAPageInAnotherLanguage(language: String, lot: String) throws {
        let html = DemoPages.page(lot, language)
        let text = Self.ownLanguageText(html, language: language)
        let pieces = try Self.englishPieces(language: language)
        #expect(pieces.count > 60)
        for piece in pieces
        where text.range(of: "\\b\(NSRegularExpression.escapedPattern(for: piece))\\b", options: [.regularExpression, .caseInsensitive]) != nil {
            Issue.record("'\(piece)' is left in English on the \(language) page of \(lot)")
        }
        // What the pages wrote in English before they were finished, and the catalogue's text.
        for english in ["Combed", "rubs", "certificate(s)", "grade (", "Outer shell", "Cooperative", "Silk Weaving", "pastures"] {
            #expect(!text.contains(english), "\(english) on the \(language) page of \(lot)")
        }
        #expect(!text.contains("-3"), "a hyphen for a minus")
        #expect(text.contains("\u{2212}3"))
    }

    @Test func theCatalogueTextIsMarkedWithItsLanguageAndTranslationsAreNot() {
        let beanie = DemoPages.page("KC-BN-2026-001", "de")
        #expect(beanie.contains("<h1>Kaschmirmütze mit Seidenfutter</h1>"))
        #expect(beanie.contains("<li>Außenseite: 100\u{A0}% Kaschmir</li>"))
        #expect(beanie.contains("<dd>Handwäsche bei 30 °C mit Wollwaschmittel</dd>"))
        #expect(beanie.contains("<p lang=\"en\">Separate the silk lining from the cashmere shell before recycling; both are mono-fibre.</p>"))
        let sweater = DemoPages.page("KC-SW-2026-001", "de")
        #expect(sweater.contains("<h1>Kaschmirpullover mit Rundhalsausschnitt</h1>"))
        #expect(sweater.contains("<dd lang=\"en\">hand wash at 30 °C with wool detergent</dd>"))
        let french = DemoPages.page("KC-SW-2026-001", "fr")
        #expect(french.contains("<h1 lang=\"en\">Crew-neck cashmere sweater</h1>"))
    }

    @Test func theEnglishPageMarksNothingButTheLanguageLinks() {
        let html = DemoPages.page("KC-BN-2026-001", "en")
        let languageAttributes = html.components(separatedBy: " lang=\"").count - 1
        #expect(languageAttributes == PageText.languages.count + 1, "the page's own and one per language link")
        #expect(html.contains("<h1>Silk-lined cashmere beanie</h1>"))
        #expect(html.contains("20,000\u{00A0}rubs"))
        #expect(html.contains("\u{2212}3%"))
    }

    @Test(arguments: [
        ("en", "4 certificates"), ("mn", "4 гэрчилгээ"), ("de", "4 Zertifikate"), ("fr", "4 certificats"), ("it", "4 certificati"),
    ])
    func aClaimsEvidenceIsCountedInTheRightPluralForm(language: String, count: String) {
        var passport = DemoPages.passport("KC-BN-2026-001")
        #expect(DemoPages.page("KC-BN-2026-001", language).contains(" – \(count)</li>"))
        passport.claims[0].evidence = [passport.claims[0].evidence[0]]
        let one = String(decoding: ConsumerPage.html(for: passport, writtenIn: .latest, language: DemoPages.language(language)), as: UTF8.self)
        let singular = ["en": "1 certificate", "mn": "1 гэрчилгээ", "de": "1 Zertifikat", "fr": "1 certificat", "it": "1 certificato"]
        #expect(one.contains(" – \(singular[language]!)</li>"))
    }

    @Test(arguments: ["en", "mn", "de", "fr", "it"])
    func datesAreWrittenInTheLanguageWithoutALineBreakInside(language: String) {
        let html = DemoPages.page("KC-BN-2026-001", language)
        let written = DemoPages.language(language).format.date("2026-08-12")!
        #expect(html.contains("<time datetime=\"2026-08-12\">\(written)</time>"))
        // Mongolian may break after the year's "оны", every other language nowhere.
        #expect(written.split(separator: " ").count == (language == "mn" ? 3 : 1), "\(written)")
        #expect(!html.contains("word-break:break-all"), "words broken in the middle")
    }

    @Test func theImporterIsShown() {
        #expect(DemoPages.page("KC-BN-2026-001", "it").contains("<dt>Importato nell’UE da</dt><dd lang=\"en\">Beispiel Textil GmbH"))
    }
}
