import TestSupport
import Testing

@testable import Passport

/// The composition a label prints: Annex I names per language, in the passport's order, and
/// refused where the textile labelling rules would reject it as label text.
@Suite struct LabelCompositionTests {
    /// The demo passports by lot, assembled from `Fixtures/demo/`.
    static let demo: [String: Passport] = {
        let generator = PassportGenerator(catalog: try! DemoFixtures.catalog(), graph: try! DemoFixtures.graph(), baseURL: "https://dpp.example.com")
        return Dictionary(uniqueKeysWithValues: generator.assembleAll().compactMap(\.assembled).map { ($0.passport.lot!, $0.passport) })
    }()

    // Names of Annex I in the EN, DE, FR and IT language versions (cashmere: Kaschmir, cachemire,
    // cashmere; silk: Seide, soie, seta) and in the Greek and Bulgarian tables of `sources.el`
    // and `sources.bg` (κασμίρ, μετάξι; кашмир, коприна), written here by hand.
    @Test(arguments: [
        ("en", ["Outer shell: 100% cashmere", "Lining: 100% silk"]), ("de", ["Outer shell: 100% Kaschmir", "Lining: 100% Seide"]),
        ("fr", ["Outer shell: 100% cachemire", "Lining: 100% soie"]), ("it", ["Outer shell: 100% cashmere", "Lining: 100% seta"]),
        ("el", ["Outer shell: 100% κασμίρ", "Lining: 100% μετάξι"]), ("bg", ["Outer shell: 100% кашмир", "Lining: 100% коприна"]),
    ])
    func everyComponentGetsALine(language: String, lines: [String]) throws {
        let composition = try LabelComposition(of: try #require(Self.demo["KC-BN-2026-001"]), language: language)
        #expect(composition.lines == lines)
    }

    /// The English label text is the one the catalogue gives the passport, fibre for fibre
    /// (the catalogue may use another admitted form, `camel hair` for `camel`).
    @Test func englishAgreesWithTheCataloguesLabelText() throws {
        for (lot, passport) in Self.demo {
            let text = try LabelComposition(of: passport, language: "en").text
            let catalogue = try #require(passport.product.labelText)
            #expect(text == catalogue || (lot == "KC-CT-2026-001" && text == "100% camel" && catalogue == "100% camel hair"), "\(lot)")
        }
    }

    @Test func aLanguageWithoutNamesIsRefused() throws {
        let passport = try #require(Self.demo["KC-SC-2026-001"])
        #expect(throws: LabelCompositionError.noNames(language: "xx", fibres: ["cashmere", "yak"])) {
            try LabelComposition(of: passport, language: "xx")
        }
    }

    /// Greek and Bulgarian have names for the animal fibres, silk, cotton and flax only
    /// (`sources.el`, `sources.bg`), Czech for the animal fibres and cotton only (`sources.cs`),
    /// and Danish for cotton only (`sources.da`): a label naming another fibre in them is refused
    /// with the fibres it lacks.
    @Test func aLanguageWithSomeNamesIsRefusedForTheOthers() throws {
        var passport = try #require(Self.demo["KC-SC-2026-001"])
        #expect(try LabelComposition(of: passport, language: "el").text == "70% κασμίρ, 30% γιάκ")
        #expect(try LabelComposition(of: passport, language: "bg").text == "70% кашмир, 30% як")
        #expect(try LabelComposition(of: passport, language: "cs").text == "70% kašmír, 30% jak")
        #expect(throws: LabelCompositionError.noNames(language: "cs", fibres: ["silk"])) {
            try LabelComposition(of: try #require(Self.demo["KC-BN-2026-001"]), language: "cs")
        }
        passport.product.components[0].fibres = [.init(fibre: "cashmere", percent: 95), .init(fibre: "elastane", percent: 5)]
        #expect(throws: LabelCompositionError.noNames(language: "el", fibres: ["elastane"])) {
            try LabelComposition(of: passport, language: "el")
        }
        #expect(throws: LabelCompositionError.noNames(language: "bg", fibres: ["elastane"])) {
            try LabelComposition(of: passport, language: "bg")
        }
        #expect(throws: LabelCompositionError.noNames(language: "da", fibres: ["cashmere", "elastane"])) {
            try LabelComposition(of: passport, language: "da")
        }
    }

    /// Spanish and Polish have the name of wool only, Dutch that of wool and of "other fibres"
    /// (the tables of `sources.es`, `sources.pl` and `sources.nl`: lana, wełna; wol, overige
    /// vezels, written here by hand): a wool label is written in them, any other fibre refused.
    @Test func spanishPolishAndDutchWriteWoolAndRefuseTheRest() throws {
        var passport = try #require(Self.demo["KC-WC-2026-001"])
        #expect(throws: LabelCompositionError.noNames(language: "nl", fibres: ["cashmere"])) {
            try LabelComposition(of: passport, language: "nl")
        }
        passport.product.components[0].fibres = [.init(fibre: "wool", percent: 90), .init(fibre: "other-fibres", percent: 10)]
        #expect(try LabelComposition(of: passport, language: "nl").text == "90% wol, 10% overige vezels")
        #expect(throws: LabelCompositionError.noNames(language: "es", fibres: ["other-fibres"])) {
            try LabelComposition(of: passport, language: "es")
        }
        passport.product.components[0].fibres = [.init(fibre: "wool", percent: 100)]
        #expect(try LabelComposition(of: passport, language: "es").text == "100% lana")
        #expect(try LabelComposition(of: passport, language: "pl").text == "100% wełna")
        // Finland asks for Finnish and Swedish (`sources.fi`, `sources.sv`: villa, puuvilla; ull, bomull).
        passport.product.components[0].fibres = [.init(fibre: "wool", percent: 60), .init(fibre: "cotton", percent: 40)]
        #expect(try LabelComposition(of: passport, language: "fi").text == "60% villa, 40% puuvilla")
        #expect(try LabelComposition(of: passport, language: "sv").text == "60% ull, 40% bomull")
    }

    @Test func aCompositionTheRulesRejectIsRefused() throws {
        var passport = try #require(Self.demo["KC-SC-2026-001"])
        passport.product.components[0].fibres = [
            .init(fibre: "cashmere", percent: 80), .init(fibre: "other-fibres", percent: 20),
        ]
        do {
            _ = try LabelComposition(of: passport, language: "de")
            Issue.record("20% of other fibres was accepted")
        } catch {
            guard case .rejected(let language, let text, let findings) = error else { Issue.record("\(error)"); return }
            #expect(language == "de")
            #expect(text == "80% Kaschmir, 20% sonstige Fasern")
            #expect(findings.count == 1 && findings[0].hasPrefix("TXT-OTHER-FIBRES: "), "\(findings)")
        }
    }

    @Test func noCompositionIsRefused() throws {
        var passport = try #require(Self.demo["KC-SC-2026-001"])
        passport.product.components[0].fibres = []
        #expect(throws: LabelCompositionError.noComposition) { try LabelComposition(of: passport, language: "en") }
    }

    @Test func countriesGiveTheirOfficialLanguagesOnce() throws {
        #expect(try LabelLanguages.languages(ofCountries: ["de", "BE", "LU", "FR"]) == ["de", "nl", "fr"])
        #expect(try LabelLanguages.languages(ofCountries: ["BG", "GR", "CY"]) == ["bg", "el"])
        #expect(throws: LabelLanguagesError.unknownCountry("MN")) { try LabelLanguages.languages(ofCountries: ["MN"]) }
        #expect(LabelLanguages.byCountry.count == 27)
    }

    /// A label text in several languages, each language's composition after the other, is what
    /// the textile rules accept for every demo lot; a percentage changed in one language is not.
    @Test func everyLanguageTogetherPassesTheTextileRules() throws {
        let context = CheckContext(date: CalendarDate("2026-09-01")!)
        for (lot, passport) in Self.demo {
            var labelled = passport
            let texts = try ["en", "de", "fr", "it", "mn", "el", "bg"].map { try LabelComposition(of: passport, language: $0).text }
            labelled.product.labelText = texts.joined(separator: " / ")
            let findings = TextileLabellingRules.pack.rules.flatMap { $0.check(labelled, context) }
            #expect(findings.isEmpty, "\(lot): \(findings.map(\.message))")
        }
        var scarf = try #require(Self.demo["KC-SC-2026-001"])
        scarf.product.labelText = "70% cashmere, 30% yak / 60% Kaschmir, 40% Yak"
        #expect(TextileLabellingRules.labelComposition.check(scarf, context).count == 1)
    }

    /// The beanie with `count` components of 100% cashmere named by `name`, its label text one
    /// `<name>: 100% cashmere` entry per component.
    static func beanie(components count: Int, name: (Int) -> String) throws -> Passport {
        var passport = try #require(demo["KC-BN-2026-001"])
        passport.product.components = (0..<count).map { index in
            Passport.Component(
                name: name(index), kind: index == 0 ? "main" : "lining", weightPercent: 100 / Double(count), carded: false,
                fibres: [.init(fibre: "cashmere", percent: 100)])
        }
        passport.product.labelText = (0..<count).map { "\(name($0)): 100% cashmere" }.joined(separator: "; ")
        return passport
    }

    /// Parts are told apart by their digits too: `Panel 1` is not `Panel 2`.
    @Test func numberedPartsAreMatchedToTheirOwnComponents() throws {
        let context = CheckContext(date: CalendarDate("2026-09-01")!)
        var passport = try Self.beanie(components: 2) { "Panel \($0 + 1)" }
        passport.product.components[1].fibres = [.init(fibre: "silk", percent: 100)]
        passport.product.labelText = "Panel 1: 100% cashmere; Panel 2: 100% silk"
        #expect(TextileLabellingRules.labelComposition.check(passport, context).isEmpty)
        passport.product.labelText = "Panel 1: 100% silk; Panel 2: 100% cashmere"
        #expect(TextileLabellingRules.labelComposition.check(passport, context).count == 2)
    }

    /// Ten thousand components are checked one by one against their own entries, and ten
    /// thousand of one name get a finding each, listing a few entries and how many more.
    @Test func tenThousandComponentsAreCheckedAgainstTheirOwnEntries() throws {
        let context = CheckContext(date: CalendarDate("2026-09-01")!)
        let numbered = try Self.beanie(components: 10_000) { "part \($0)" }
        #expect(TextileLabellingRules.labelComposition.check(numbered, context).isEmpty)
        let alike = try Self.beanie(components: 10_000) { _ in "part" }
        let findings = TextileLabellingRules.labelComposition.check(alike, context)
        #expect(findings.count == 10_000)
        #expect(findings.first?.message.hasPrefix("the label text gives the part as '100% cashmere, 100% cashmere, … 9998 more'") == true)
    }
}
