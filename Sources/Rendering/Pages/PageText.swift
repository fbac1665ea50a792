import JSONCore
import TextileResources

/// The fixed text of the consumer and product pages in one language, with the words it
/// translates and how it writes numbers and dates, from `Schemas/consumer-page-text.json`.
public struct PageText: Sendable {
    /// A language the pages are published in.
    public struct Language: Sendable, Hashable {
        /// The ISO 639-1 code (`en`, `mn`, `de`, `fr`, `it`).
        public let code: String
        /// The language's name in itself, for the language links.
        public let name: String
        /// How the language writes numbers, dates and plurals.
        public let format: LocaleFormat
    }

    /// A controlled vocabulary whose words the pages translate.
    public enum Vocabulary: String, Sendable, CaseIterable {
        /// GS1 CBV business steps and the catalogue's processes: the journey's steps.
        case process
        /// Common names of a product's components (`outer shell`, `lining`...).
        case component
        /// The durability table's test properties.
        case property
        /// The durability table's units.
        case unit
        /// How an origin lot's fibre was harvested.
        case harvestMethod
        /// Countries by ISO 3166-1 alpha-2 code.
        case country
    }

    /// The tables of one language, made once and shared: a page's text is one reference to
    /// them, so that copying it (every section does) counts one reference, not one a table.
    private final class Tables: Sendable {
        let language: Language
        let phrases: [String: PhraseTemplate]
        /// Each vocabulary's words (lower case, and country codes as written) in this language,
        /// by the vocabulary's place in ``Vocabulary/allCases``.
        let terms: [[String: String]]

        init(_ language: Language) {
            self.language = language
            phrases = PageText.phrases(in: language.code)
            terms = PageText.terms(in: language.code)
        }
    }

    private let tables: Tables

    /// The language the text is in.
    public var language: Language { tables.language }

    /// Every published language, English first (the page a Digital Link opens).
    public static let languages: [Language] = table.languages

    /// The text in `language`; English for a language that is not published.
    public init(_ language: Language) {
        // Languages are made by this type only: one with a published code is that language.
        tables = Self.tablesByLanguage[language.code] ?? Tables(language)
    }

    /// The text for `key` with its `{placeholders}` filled in.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        template(key).filled(values)
    }

    /// The text for `key`, split at its `{placeholders}`.
    func template(_ key: String) -> PhraseTemplate {
        // The embedded file is checked by a test: every key the page uses exists in every language.
        tables.phrases[key] ?? PhraseTemplate(key)
    }

    /// The text for `key` of the `plurals` table in the plural form of `count`, its `{count}` filled in.
    func plural(_ key: String, count: Int) -> String {
        let forms = Self.table.plurals[key]?[language.code] ?? Self.table.plurals[key]?["en"] ?? [:]
        let form = forms[language.format.pluralCategory(count)] ?? forms["other"] ?? PhraseTemplate(key)
        let number = language.format.number(Double(count))
        return form.filled { $0 == "count" ? number : nil }
    }

    /// The word `word` of `vocabulary` in this language, or `nil` when the vocabulary does not list it.
    func term(_ vocabulary: Vocabulary, _ word: String) -> String? {
        let words = tables.terms[Vocabulary.allCases.firstIndex(of: vocabulary)!]
        // Most words the pages look up are lower-case ASCII already: no lower-cased copy for those.
        let lowered = word.utf8.contains { $0 >= UInt8(ascii: "A") && ($0 <= UInt8(ascii: "Z") || $0 >= 0x80) } ? word.lowercased() : word
        return words[lowered] ?? words[word]
    }

    /// The file name of the page in `language`: `index.html` for English, `index.<code>.html` otherwise.
    public static func pageName(_ language: Language) -> String {
        language.code == "en" ? "index.html" : "index.\(language.code).html"
    }

    private typealias Translations = [String: [String: String]]

    /// The tables of each published language, made once.
    private static let tablesByLanguage: [String: Tables] = Dictionary(
        uniqueKeysWithValues: table.languages.map { ($0.code, Tables($0)) })

    /// Each vocabulary's words in the language `code`, in the order of ``Vocabulary/allCases``.
    private static func terms(in code: String) -> [[String: String]] {
        Vocabulary.allCases.map { vocabulary in (table.terms[vocabulary] ?? [:]).compactMapValues { $0[code] } }
    }

    /// Each key's text in the language `code`, or in English where that language lacks it.
    private static func phrases(in code: String) -> [String: PhraseTemplate] {
        table.text.compactMapValues { ($0[code] ?? $0["en"]).map(PhraseTemplate.init) }
    }

    private static let table:
        (
            languages: [Language], text: Translations, plurals: [String: [String: [String: PhraseTemplate]]],
            terms: [Vocabulary: Translations]
        ) = {
            // A build defect, not a user error, if the embedded file does not parse: a test reads it.
            let document = try! JSONParser().parse(EmbeddedResources.schemas["consumer-page-text.json"]!)
            let languages = (document["languages"]?.arrayValue ?? []).compactMap(language)
            let plurals = (document["plurals"]?.objectValue ?? JSONObject()).reduce(into: [String: [String: [String: PhraseTemplate]]]()) {
                $0[$1.key] = ($1.value.objectValue ?? JSONObject()).reduce(into: [:]) {
                    $0[$1.key] = strings($1.value).mapValues(PhraseTemplate.init)
                }
            }
            var terms: [Vocabulary: Translations] = [:]
            for vocabulary in Vocabulary.allCases { terms[vocabulary] = translations(document["terms"]?[vocabulary.rawValue]) }
            return (languages, translations(document["text"]), plurals, terms)
        }()

    private static func language(_ entry: JSONValue) -> Language? {
        guard let code = entry["code"]?.stringValue, let name = entry["name"]?.stringValue else { return nil }
        let format = LocaleFormat(
            decimalSeparator: entry["decimalSeparator"]?.stringValue ?? ".", groupingSeparator: entry["groupingSeparator"]?.stringValue ?? ",",
            percentPattern: PhraseTemplate(entry["percent"]?.stringValue ?? "{number}%"),
            datePattern: PhraseTemplate(entry["date"]?.stringValue ?? "{year}-{month}-{day}"),
            months: (entry["months"]?.arrayValue ?? []).compactMap(\.stringValue),
            pluralOne: Set((entry["one"]?.arrayValue ?? []).compactMap { $0.numberValue.map { Int($0.doubleValue) } }))
        return Language(code: code, name: name, format: format)
    }

    /// Each key of `object` with its text per language.
    private static func translations(_ object: JSONValue?) -> Translations {
        (object?.objectValue ?? JSONObject()).reduce(into: Translations()) { $0[$1.key] = strings($1.value) }
    }

    private static func strings(_ object: JSONValue) -> [String: String] {
        (object.objectValue ?? JSONObject()).reduce(into: [String: String]()) { $0[$1.key] = $1.value.stringValue }
    }
}
