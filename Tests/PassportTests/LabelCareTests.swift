import Testing

@testable import Passport

/// The care text a label prints per language: the catalogue's translation when it translates all
/// of it, else the catalogue's own text, once, under the catalogue's language.
@Suite struct LabelCareTests {
    static let care = Passport.Care(
        washing: "hand wash", bleaching: "do not bleach", drying: "dry flat", ironing: "iron low", professionalCleaning: "P")
    static let texts = ProductTexts(
        language: "en",
        translations: [
            "de": ProductTranslation(
                washing: "Handwäsche", bleaching: "nicht bleichen", drying: "liegend trocknen", ironing: "wenig heiß", professionalCleaning: "P"),
            // Only the washing text: not all of it, so French is served by the catalogue's text.
            "fr": ProductTranslation(washing: "lavage à la main"),
            // A name but no care text.
            "it": ProductTranslation(name: "Berretto"),
        ])
    static let english = ["hand wash", "do not bleach", "dry flat", "iron low", "P"]

    /// The texts as (language, instructions) pairs.
    static func texts(_ languages: [String]) -> [(String, [String])] {
        LabelCare(of: care, languages: languages, productTexts: texts).texts.map { ($0.language, $0.instructions) }
    }

    @Test func aFullTranslationIsUsedAndTheCataloguesLanguageGetsItsOwnText() {
        let texts = Self.texts(["de", "en"])
        #expect(texts.map(\.0) == ["de", "en"])
        #expect(texts.map(\.1) == [["Handwäsche", "nicht bleichen", "liegend trocknen", "wenig heiß", "P"], Self.english])
    }

    @Test func languagesWithoutAFullTranslationShareTheCataloguesTextOnce() {
        let texts = Self.texts(["fr", "it", "el", "en"])
        #expect(texts.map(\.0) == ["en"])
        #expect(texts.map(\.1) == [Self.english])
    }

    @Test func noCareTextGivesNothing() {
        #expect(LabelCare(of: nil, languages: ["de", "en"], productTexts: Self.texts).texts.isEmpty)
    }
}
