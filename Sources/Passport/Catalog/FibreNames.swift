import JSONCore
import TextileResources

/// The textile fibre names of Regulation (EU) 1007/2011 Annex I, with their label names and the
/// other forms each entry admits per language, and the virgin wool names of Annex III, from
/// `Schemas/fibre-names.json`.
public struct FibreNames: Sendable {
    /// One fibre's entry.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var annexEntry: Int
        /// Label names by language code (`en`, `mn`, `de`, `fr`, `it`; some fibres also in other EU
        /// languages, see the file's `sources`).
        public var labels: [String: String]
        /// The other forms the entry admits by language code, e.g. `cashmere wool`, `Kaschmirwolle`.
        public var acceptedNames: [String: [String]]
    }

    public let entries: [String: Entry]
    /// The names Art. 8 and Annex III reserve for virgin wool (`virgin wool`, `Schurwolle`...).
    public let virginWoolNames: [String]
    /// The language codes some fibre has a label name in.
    public let languages: Set<String>
    /// The fibre of each admitted form, as a phrase (see ``admittedPhrases(of:)``).
    let fibreByAdmittedPhrase: [String: String]
    /// Every fibre's labels and admitted forms as words, the longest phrase first.
    let mentionPhrases: [(words: [String], fibre: String)]
    /// ``virginWoolNames`` as words, in the same order.
    let virginWoolWords: [[String]]

    init(entries: [String: Entry], virginWoolNames: [String]) {
        self.entries = entries
        self.virginWoolNames = virginWoolNames
        languages = Set(entries.values.flatMap(\.labels.keys))
        var byPhrase: [String: String] = [:]
        for key in entries.keys.sorted() {
            for phrase in Self.admittedPhrases(of: key, in: entries, virginWoolNames: virginWoolNames) where byPhrase[phrase] == nil {
                byPhrase[phrase] = key
            }
        }
        fibreByAdmittedPhrase = byPhrase
        mentionPhrases = Self.mentionPhrases(of: entries)
        virginWoolWords = virginWoolNames.map(Self.words)
    }

    /// The names embedded from `Schemas/fibre-names.json`.
    public static let standard: FibreNames = {
        // The embedded file is checked by a test; failing to parse it is a build defect.
        let document = try! JSONParser().parse(EmbeddedResources.schemas["fibre-names.json"]!)
        var entries: [String: Entry] = [:]
        for (key, value) in document["fibres"]?.objectValue ?? JSONObject() {
            entries[key] = Entry(
                key: key, annexEntry: value["annex"]?.numberValue?.intValue ?? 0, labels: texts(value["labels"]),
                acceptedNames: lists(value["accepted"]))
        }
        let virginWool = lists(document["virginWool"]?["names"])
        return FibreNames(entries: entries, virginWoolNames: virginWool.keys.sorted().flatMap { virginWool[$0] ?? [] })
    }()

    /// The string members of an object, by key.
    private static func texts(_ value: JSONValue?) -> [String: String] {
        var texts: [String: String] = [:]
        for (key, member) in value?.objectValue ?? JSONObject() { texts[key] = member.stringValue }
        return texts
    }

    /// The string-array members of an object, by key.
    private static func lists(_ value: JSONValue?) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for (key, member) in value?.objectValue ?? JSONObject() { lists[key] = member.arrayValue?.compactMap(\.stringValue) ?? [] }
        return lists
    }

    /// The label name of `fibre` in `language`, falling back to English and then the key.
    public func label(_ fibre: String, language: String = "en") -> String {
        entries[fibre]?.labels[language] ?? entries[fibre]?.labels["en"] ?? fibre
    }
}
