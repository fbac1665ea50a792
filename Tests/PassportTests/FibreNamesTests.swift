import JSONCore
import Testing
import TextileResources

@testable import Passport

/// `Schemas/fibre-names.json` holds Annex I entry 2 of Reg. 1007/2011 in full, every entry says
/// where its names come from, and every entry-2 fibre admits its name followed or not by "wool"
/// or "hair" in each EU label language, as the Annex says; no form names two fibres.
@Suite struct FibreNamesTests {
    static let document = try! JSONParser().parse(EmbeddedResources.schemas["fibre-names.json"]!)

    /// Annex I entry 2 in the English version, by the project's keys.
    static let entryTwo: Set<String> = [
        "alpaca", "llama", "camel", "cashmere", "mohair", "angora", "vicuna", "yak", "guanaco", "cashgora", "beaver", "otter",
    ]

    @Test func entryTwoIsComplete() {
        let keys = FibreNames.standard.entries.values.filter { $0.annexEntry == 2 }.map(\.key)
        #expect(Set(keys) == Self.entryTwo)
        #expect(FibreNames.standard.entries["wool"]?.annexEntry == 1)
        #expect(FibreNames.standard.entries["silk"]?.annexEntry == 4)
    }

    @Test func everyEntrySaysWhereItsNamesComeFrom() throws {
        let sources = try #require(Self.document["sources"]?.objectValue)
        let fibres = try #require(Self.document["fibres"]?.objectValue)
        for (key, entry) in fibres {
            let source = try #require(entry["source"]?.stringValue, "\(key)")
            #expect(sources[source] != nil, "\(key): \(source)")
        }
        #expect(Self.document["virginWool"]?["source"]?.stringValue.flatMap { sources[$0] } != nil)
    }

    @Test(arguments: entryTwo.sorted())
    func anEntryTwoNameMayBeFollowedByWoolOrHair(key: String) throws {
        let names = FibreNames.standard
        let labels = try #require(names.entries[key]?.labels)
        let english = try #require(labels["en"]), german = try #require(labels["de"])
        let french = try #require(labels["fr"]), italian = try #require(labels["it"])
        for printed in [
            "\(english) wool", "\(english) hair", "\(german)wolle", "\(german)haar", "laine \(french)", "poil \(french)", "lana \(italian)",
            "pelo \(italian)", "lana di \(italian)", "pelo di \(italian)",
        ] {
            #expect(names.fibre(admitting: printed) == key, "\(printed)")
        }
        #expect(names.fibre(admitting: "\(english) down") == nil)
    }

    /// The Greek names as the Greek table of `sources.el` prints them (entries 1, 2, 4, 5 and 7),
    /// written here by hand; entry 2 admits its name preceded by «μαλλί» or «τρίχα», not followed.
    @Test(arguments: [
        ("wool", "μαλλί"), ("alpaca", "αλπακάς"), ("llama", "λάμα"), ("camel", "καμηλό"), ("cashmere", "κασμίρ"), ("mohair", "μοχέρ"),
        ("angora", "αγκορά"), ("vicuna", "βικούνα"), ("yak", "γιάκ"), ("guanaco", "γουανάκο"), ("cashgora", "κασγκόρα"),
        ("beaver", "καστόρ"), ("otter", "λούτρ"), ("silk", "μετάξι"), ("cotton", "βαμβάκι"), ("linen", "λινάρι"),
    ])
    func greekNamesAreTheGreekTables(key: String, name: String) {
        let names = FibreNames.standard
        #expect(names.label(key, language: "el") == name)
        #expect(names.fibre(admitting: name) == key)
        guard Self.entryTwo.contains(key) else { return }
        #expect(names.fibre(admitting: "μαλλί \(name)") == key)
        #expect(names.fibre(admitting: "τρίχα \(name)") == key)
        #expect(names.fibre(admitting: "\(name) μαλλί") == nil)
    }

    /// The Bulgarian names as the Bulgarian table of `sources.bg` prints them (entries 1, 2, 4, 5
    /// and 7), written here by hand; entry 2 admits its name followed by „вълна“ or „влакна“.
    @Test(arguments: [
        ("wool", "вълна"), ("alpaca", "алпака"), ("llama", "лама"), ("camel", "камила"), ("cashmere", "кашмир"), ("mohair", "мохер"),
        ("angora", "ангора"), ("vicuna", "вигон"), ("yak", "як"), ("guanaco", "гуанако"), ("cashgora", "кашора"), ("beaver", "кастор"),
        ("otter", "видра"), ("silk", "коприна"), ("cotton", "памук"), ("linen", "лен"),
    ])
    func bulgarianNamesAreTheBulgarianTables(key: String, name: String) {
        let names = FibreNames.standard
        #expect(names.label(key, language: "bg") == name)
        #expect(names.fibre(admitting: name) == key)
        guard Self.entryTwo.contains(key) else { return }
        #expect(names.fibre(admitting: "\(name) вълна") == key)
        #expect(names.fibre(admitting: "\(name) влакна") == key)
        #expect(names.fibre(admitting: "вълна \(name)") == nil)
    }

    /// The Czech names as the Czech table of `sources.cs` prints them (entries 1 and 2), written
    /// here by hand; the forms with „vlna“ or „srst“ are not written, so they are not admitted.
    @Test(arguments: [
        ("wool", "vlna"), ("alpaca", "alpaka"), ("llama", "lama"), ("camel", "velbloud"), ("cashmere", "kašmír"), ("mohair", "mohér"),
        ("angora", "angora"), ("vicuna", "vikuňa"), ("yak", "jak"), ("guanaco", "guanako"), ("cashgora", "kašgora"), ("beaver", "bobr"),
        ("otter", "vydra"),
    ])
    func czechNamesAreTheCzechTables(key: String, name: String) {
        let names = FibreNames.standard
        #expect(names.label(key, language: "cs") == name)
        #expect(names.fibre(admitting: name) == key)
        guard key != "wool" else { return }
        #expect(names.fibre(admitting: "\(name) vlna") == nil)
        #expect(names.fibre(admitting: "\(name) srst") == nil)
    }

    /// The Spanish, Polish and Dutch names as the tables of `sources.es`, `sources.pl` and
    /// `sources.nl` print them (wool; Dutch also "other fibres" and the virgin wool name),
    /// written here by hand; their other fibres have no name.
    @Test func spanishPolishAndDutchNamesAreTheirTables() {
        let names = FibreNames.standard
        for (language, wool) in [("es", "lana"), ("pl", "wełna"), ("nl", "wol")] {
            #expect(names.label("wool", language: language) == wool)
            #expect(names.fibre(admitting: wool) == "wool")
            #expect(names.entries["cashmere"]?.labels[language] == nil, "\(language)")
        }
        #expect(names.entries["other-fibres"]?.labels["nl"] == "overige vezels")
        #expect(names.fibre(admitting: "overige vezels") == "other-fibres")
        #expect(names.fibre(admitting: "andere vezels") == nil)
        #expect(names.virginWoolName(in: "100% scheerwol") == "scheerwol")
    }

    /// The Spanish names the Community of Madrid quotes from Spain's decree (`sources.es`),
    /// written here by hand: polyamide by the one form seen, „nailon“.
    @Test(arguments: [
        ("alpaca", "alpaca"), ("silk", "seda"), ("cotton", "algodón"), ("linen", "lino"), ("polyamide", "nailon"), ("polyester", "poliéster"),
    ])
    func spanishNamesAreTheMadridPages(key: String, name: String) {
        let names = FibreNames.standard
        #expect(names.label(key, language: "es") == name)
        #expect(names.fibre(admitting: name) == key)
        #expect(names.virginWoolName(in: "100% lana virgen") == "lana virgen")
    }

    /// The Swedish names Konsumentverket and the course 'Tunne tuotteesi' give as Annex I names
    /// (`sources.sv`) and the Finnish ones of that course (`sources.fi`), written here by hand.
    @Test(arguments: [
        ("sv", "wool", "ull"), ("sv", "silk", "silke"), ("sv", "cotton", "bomull"), ("sv", "elastane", "elastan"), ("sv", "viscose", "viskos"),
        ("sv", "polyester", "polyester"), ("fi", "wool", "villa"), ("fi", "cotton", "puuvilla"), ("fi", "polyester", "polyesteri"),
    ])
    func swedishAndFinnishNamesAreTheirAuthoritiesExamples(language: String, key: String, name: String) {
        let names = FibreNames.standard
        #expect(names.label(key, language: language) == name)
        #expect(names.fibre(admitting: name) == key)
        #expect(names.entries["cashmere"]?.labels[language] == nil)
    }

    /// Cotton as the European Commission's Your Europe page in each language writes it for a
    /// shirt of 100% cotton (`sources.da`, `sources.et`, `sources.sk`, `sources.sl`,
    /// `sources.cs`), and the Slovene virgin wool term of the EUR-Lex summary, written here by hand.
    @Test(arguments: [("da", "bomuld"), ("et", "puuvill"), ("sk", "bavlna"), ("sl", "bombaž"), ("cs", "bavlna")])
    func cottonIsTheYourEuropeExample(language: String, name: String) {
        let names = FibreNames.standard
        #expect(names.label("cotton", language: language) == name)
        #expect(names.fibre(admitting: name) == "cotton")
        #expect(names.virginWoolName(in: "100% runska volna") == "runska volna")
    }

    /// A language beyond the Regulation's EN, DE, FR and IT versions and the project's Mongolian
    /// says under `sources`, by its code, which document its names come from.
    @Test func everyOtherLanguageNamesItsSource() throws {
        let sources = try #require(Self.document["sources"]?.objectValue)
        let languages = Set(FibreNames.standard.entries.values.flatMap(\.labels.keys)).subtracting(["en", "de", "fr", "it", "mn"])
        #expect(languages == ["bg", "cs", "da", "el", "es", "et", "fi", "nl", "pl", "sk", "sl", "sv"])
        for language in languages { #expect(sources[language]?.stringValue?.isEmpty == false, "\(language)") }
    }

    /// The file's `$comment` lists as left out exactly the official languages of the Union
    /// (those of ``LabelLanguages/byCountry``) that have no name in the file.
    @Test func theCommentListsTheLanguagesLeftOut() throws {
        let comment = try #require(Self.document["$comment"]?.stringValue)
        let named = Set(FibreNames.standard.entries.values.flatMap(\.labels.keys))
        let missing = Set(LabelLanguages.byCountry.values.joined()).subtracting(named).sorted()
        #expect(missing.count == 8)
        #expect(comment.contains("(" + missing.joined(separator: ", ") + ") are not in this file"), "\(missing)")
    }

    @Test func noFormNamesTwoFibres() {
        let names = FibreNames.standard
        for key in names.entries.keys {
            for phrase in names.admittedPhrases(of: key) { #expect(names.fibreByAdmittedPhrase[phrase] == key, "\(phrase)") }
        }
    }

    @Test(arguments: [
        ("Soft as silk", ["silk"]),
        ("тэмээний ноос, 100%", ["camel"]),
        ("Schurwolle mit Kaschmir", ["cashmere"]),
        ("Greenland and Lamaism", []),
        ("Yak-down touch, silk-soft", ["yak", "silk"]),
    ])
    func aTextMentionsFibresAsWholePhrases(text: String, expected: [String]) {
        #expect(FibreNames.standard.fibresMentioned(in: text) == expected)
    }
}
