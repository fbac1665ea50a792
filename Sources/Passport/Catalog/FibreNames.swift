import JSONCore
import TextileResources

/// The textile fibre names of Regulation (EU) 1007/2011 Annex I, with their label names per
/// language, from `Schemas/fibre-names.json`.
public struct FibreNames: Sendable {
    /// One fibre's entry.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var annexEntry: Int
        /// Label names by language code (`en`, `mn`, `de`, `fr`, `it`).
        public var labels: [String: String]
        public var acceptedNames: [String]
    }

    public let entries: [String: Entry]

    /// The names embedded from `Schemas/fibre-names.json`.
    public static let standard: FibreNames = {
        // The embedded file is checked by a test; failing to parse it is a build defect.
        let document = try! JSONParser().parse(EmbeddedResources.schemas["fibre-names.json"]!)
        var entries: [String: Entry] = [:]
        for (key, value) in document["fibres"]?.objectValue ?? JSONObject() {
            var labels: [String: String] = [:]
            for (language, label) in value["labels"]?.objectValue ?? JSONObject() { labels[language] = label.stringValue }
            entries[key] = Entry(
                key: key, annexEntry: value["annex"]?.numberValue?.intValue ?? 0, labels: labels,
                acceptedNames: value["accepted"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        return FibreNames(entries: entries)
    }()

    /// The label name of `fibre` in `language`, falling back to English and then the key.
    public func label(_ fibre: String, language: String = "en") -> String {
        entries[fibre]?.labels[language] ?? entries[fibre]?.labels["en"] ?? fibre
    }
}
