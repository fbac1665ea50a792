/// Printed text against the fibre names: whether a printed name is a form Annex I admits, which
/// fibre a name or a sentence names, and the allowed form of a fibre in words.
extension FibreNames {
    /// The words of `text`, lower-cased; letters only, so that `Silk-soft` is `silk soft` and
    /// `d'alpaga` is `d alpaga`.
    static func words(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased().split { !$0.isLetter }.map(String.init) }
        // ASCII text (most labels and claims), split over its bytes: the same words, without
        // asking Unicode's tables what each character is.
        return text.utf8.split { !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) }.map { word in
            String(unsafeUninitializedCapacity: word.count) { lowered in
                for (offset, byte) in word.enumerated() { lowered[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
                return word.count
            }
        }
    }

    /// `text` as words with one space either side of each, for finding whole phrases in it.
    static func phrase(_ text: String) -> String {
        " " + words(text).joined(separator: " ") + " "
    }

    /// Every form `fibre` may be printed in, as a phrase: its labels, the forms its entry admits
    /// and, for wool, the virgin wool names of Art. 8.
    func admittedPhrases(of fibre: String) -> Set<String> {
        Self.admittedPhrases(of: fibre, in: entries, virginWoolNames: virginWoolNames)
    }

    /// Every form `fibre` may be printed in, as a phrase, from `entries`.
    static func admittedPhrases(of fibre: String, in entries: [String: Entry], virginWoolNames: [String]) -> Set<String> {
        guard let entry = entries[fibre] else { return [] }
        let names = Array(entry.labels.values) + entry.acceptedNames.values.flatMap { $0 } + (fibre == "wool" ? virginWoolNames : [])
        return Set(names.map(phrase))
    }

    /// Whether `printed` is a form Annex I admits for `fibre`.
    func admits(_ printed: String, for fibre: String) -> Bool {
        fibreByAdmittedPhrase[Self.phrase(printed)] == fibre
    }

    /// The fibre whose admitted forms include `printed`, if any.
    func fibre(admitting printed: String) -> String? {
        fibreByAdmittedPhrase[Self.phrase(printed)]
    }

    /// Whether `text` uses one of the virgin wool names.
    func claimsVirginWool(_ text: String) -> Bool {
        virginWoolName(in: text) != nil
    }

    /// The virgin wool name `text` uses, if any.
    func virginWoolName(in text: String) -> String? {
        let words = Self.words(text)
        return zip(virginWoolNames, virginWoolWords).first { Self.holds($0.1, in: words) }?.0
    }

    /// The fibres `text` names, in the order they first appear: a name counts as a whole phrase
    /// of words, the longest first (`тэмээний ноос` is camel, not wool), and the virgin wool
    /// names count for none (Art. 8 is their own rule).
    func fibresMentioned(in text: String) -> [String] {
        let words = Self.words(text)
        var taken = [Bool](repeating: false, count: words.count)
        var found: [(position: Int, fibre: String)] = []
        let virginWool: [(words: [String], fibre: String?)] = virginWoolWords.map { ($0, nil) }
        for (phrase, fibre) in virginWool + mentionPhrases.map({ ($0.words, Optional($0.fibre)) }) {
            for start in Self.starts(of: phrase, in: words) where !taken[start..<start + phrase.count].contains(true) {
                for index in start..<start + phrase.count { taken[index] = true }
                if let fibre { found.append((start, fibre)) }
            }
        }
        var fibres: [String] = []
        for (_, fibre) in found.sorted(by: { $0.position < $1.position }) where !fibres.contains(fibre) { fibres.append(fibre) }
        return fibres
    }

    /// Whether `words` hold `phrase` anywhere (without listing where, as ``starts(of:in:)`` does).
    private static func holds(_ phrase: [String], in words: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { words[$0..<$0 + phrase.count].elementsEqual(phrase) }
    }

    /// Where `phrase` starts in `words`, each place.
    private static func starts(of phrase: [String], in words: [String]) -> [Int] {
        guard !phrase.isEmpty, phrase.count <= words.count else { return [] }
        return (0...(words.count - phrase.count)).filter { words[$0..<$0 + phrase.count].elementsEqual(phrase) }
    }

    /// Every fibre's labels and admitted forms in `entries` as words, the longest phrase first.
    static func mentionPhrases(of entries: [String: Entry]) -> [(words: [String], fibre: String)] {
        let pairs = entries.values.flatMap { entry in
            Set(Array(entry.labels.values) + entry.acceptedNames.values.flatMap { $0 }).map { (words: words($0), fibre: entry.key) }
        }
        return pairs.sorted {
            $0.words.count != $1.words.count
                ? $0.words.count > $1.words.count : ($0.words.joined(separator: " "), $0.fibre) < ($1.words.joined(separator: " "), $1.fibre)
        }
    }

    /// The allowed form of `fibre` for a message, e.g. `'camel' (de: Kamel, fr: chameau, it:
    /// cammello, mn: тэмээний ноос, el: καμηλό; also 'camel wool', 'camel hair')`: its names in
    /// German, French, Italian and Mongolian, then in any other language the file has, by code.
    func allowedForm(of fibre: String) -> String {
        guard let entry = entries[fibre] else { return "'\(fibre)'" }
        let first = ["de", "fr", "it", "mn"]
        let order = first + entry.labels.keys.filter { $0 != "en" && !first.contains($0) }.sorted()
        let languages = order.compactMap { language in entry.labels[language].map { "\(language): \($0)" } }
        let others = (entry.acceptedNames["en"] ?? []).map { "'\($0)'" }
        let also = others.isEmpty ? "" : "; also " + others.joined(separator: ", ")
        return "'\(label(fibre))' (\(languages.joined(separator: ", "))\(also))"
    }
}
