/// Turns an identifier in any of its spellings into the one canonical form compared everywhere.
///
/// A GS1 Digital Link on any domain becomes one on `https://id.gs1.org`; other identifiers
/// (`urn:uuid:`, custom URIs) stay as written. Repeated identifiers share one string.
struct IdentifierNormalizer {
    private var interned: [String: String] = [:]

    /// The canonical form of `raw`.
    mutating func canonical(_ raw: String) -> String {
        if let known = interned[raw] { return known }
        let canonical = Self.canonicalForm(raw.trimmingWhitespace())
        let shared = interned[canonical] ?? canonical
        if interned.count < 1 << 22 {
            interned[raw] = shared
            interned[canonical] = shared
        }
        return shared
    }

    /// The canonical form, computed.
    static func canonicalForm(_ text: String) -> String {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"),
            let pathStart = text.dropFirst(text.hasPrefix("https://") ? 8 : 7).firstIndex(of: "/")
        else { return text }
        let path = text[pathStart...]
        guard let key = path.dropFirst().split(separator: "/", maxSplits: 1).first,
            Self.primaryKeys.contains(String(key))
        else { return text }
        var canonicalPath = Substring(path)
        if let query = canonicalPath.firstIndex(where: { $0 == "?" || $0 == "#" }) { canonicalPath = canonicalPath[..<query] }
        return "https://id.gs1.org" + canonicalPath
    }

    /// GS1 Application Identifiers that start a Digital Link path.
    private static let primaryKeys: Set<String> = [
        "00", "01", "253", "255", "401", "402", "414", "417", "8003", "8004", "8006", "8010", "8013", "8017", "8018",
    ]
}
