import JSONCore
import TextileResources

/// The fixed text of the evidence report in English or Mongolian, from `Schemas/report-text.json`,
/// with the number format of that language.
public struct ReportText: Sendable {
    /// The languages the report is written in.
    public static let languages = ["en", "mn"]

    public let language: String
    let format: LocaleFormat
    private let strings: [String: String]

    /// The text in `language` (`en` or `mn`; English for another).
    public init(language: String) {
        let code = Self.languages.contains(language) ? language : "en"
        self.language = code
        format = PageText.languages.first { $0.code == code }?.format ?? PageText.languages[0].format
        let document = try! JSONParser().parse(EmbeddedResources.schemas["report-text.json"]!)
        strings =
            (document["languages"]?[code]?.objectValue).map { object in
                Dictionary(uniqueKeysWithValues: object.compactMap { member in member.value.stringValue.map { (member.key, $0) } })
            } ?? [:]
    }

    /// The text for `key` with its `{placeholders}` filled in.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = strings[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// `share` (0...1) as a percentage.
    func percent(_ share: Double) -> String { format.percent(share * 100) }

    /// `value` with one decimal at most.
    func number(_ value: Double) -> String { format.number(value) }
}
