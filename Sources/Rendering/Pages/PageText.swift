import JSONCore
import TextileResources

/// The fixed text of the consumer page in one language, from `Schemas/consumer-page-text.json`.
public struct PageText: Sendable {
    /// A language the pages are published in.
    public struct Language: Sendable, Hashable {
        /// The ISO 639-1 code (`en`, `mn`, `de`, `fr`, `it`).
        public let code: String
        /// The language's name in itself, for the language links.
        public let name: String
    }

    public let language: Language
    private let strings: [String: String]

    /// Every published language, English first (the page a Digital Link opens).
    public static let languages: [Language] = table.languages

    /// The text in `language`; English for a language that is not published.
    public init(_ language: Language) {
        self.language = language
        strings = Self.table.text.compactMapValues { $0[language.code] ?? $0["en"] }
    }

    /// The text for `key` with its `{placeholders}` filled in.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        // The embedded file is checked by a test: every key the page uses exists in every language.
        var text = strings[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// The file name of the page in `language`: `index.html` for English, `index.<code>.html` otherwise.
    public static func pageName(_ language: Language) -> String {
        language.code == "en" ? "index.html" : "index.\(language.code).html"
    }

    private static let table: (languages: [Language], text: [String: [String: String]]) = {
        // A build defect, not a user error, if the embedded file does not parse: a test reads it.
        let document = try! JSONParser().parse(EmbeddedResources.schemas["consumer-page-text.json"]!)
        let languages = (document["languages"]?.arrayValue ?? []).compactMap { entry -> Language? in
            guard let code = entry["code"]?.stringValue, let name = entry["name"]?.stringValue else { return nil }
            return Language(code: code, name: name)
        }
        var text: [String: [String: String]] = [:]
        for (key, translations) in document["text"]?.objectValue ?? JSONObject() {
            var byLanguage: [String: String] = [:]
            for (code, value) in translations.objectValue ?? JSONObject() { byLanguage[code] = value.stringValue }
            text[key] = byLanguage
        }
        return (languages, text)
    }()
}
