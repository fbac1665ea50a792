import Spooling

/// What printed label text says, word by word: the entries of a printed composition, and
/// whether it claims purity or states percentages.
enum LabelText {
    /// One entry of a printed composition: a fibre name as printed, its percentage if given,
    /// the part of the product it is for (`Lining: 100% silk`), if named, and whether it calls
    /// the part all that fibre (`100%`, `pure`).
    struct Entry: Equatable {
        let name: String
        let percent: Double?
        let part: String?
        var pure = false
    }

    /// The words of Art. 7 for a product of one fibre ("pure", "all") in the label languages.
    static let purityWords: Set<String> = [
        "pure", "all", "rein", "reine", "reiner", "reines", "ganz", "pur", "pura", "puro", "tutto", "tout", "toute",
    ]

    /// Whether `text` calls the product "100%", "pure" or "all" one fibre (in the label languages).
    static func claimsPurity(_ text: String) -> Bool {
        if text.containsUTF8("100%") || text.containsUTF8("100 %") { return true }
        return !Set(FibreNames.words(text)).isDisjoint(with: purityWords)
    }

    /// Whether `text` states a percentage (`70%`, `12,5 %`).
    static func statesPercentages(_ text: String) -> Bool {
        firstPercentage(in: text[...]) != nil
    }

    /// The composition entries of `text`: its parts between commas, semicolons, slashes, plus
    /// signs, line breaks and full stops (not the decimal marks of a number), each without what
    /// precedes a colon (a component's name), its percentage and the purity words of Art. 7.
    static func entries(in text: String) -> [Entry] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return characterSegments(of: text).compactMap(characterEntry) }
        return text.withUTF8Bytes(asciiEntries)
    }

    /// A percentage with its sign: `70%`, `12.5 %`, `12,5%`.
    nonisolated(unsafe) static let percentage = /(\d+(?:[.,]\d+)?)\s*%/

    /// The first match of ``percentage`` in `text`: its range and its number. ASCII text (nearly
    /// every label) is scanned over its bytes (``asciiPercentage(in:)``), as the expression would
    /// match it; other text goes through the expression, whose digits and spaces are Unicode's.
    static func firstPercentage(in text: Substring) -> (range: Range<String.Index>, number: Substring)? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.firstMatch(of: percentage).map { ($0.range, $0.1) } }
        guard let match = text.withUTF8Bytes(asciiPercentage) else { return nil }
        func index(_ offset: Int) -> String.Index { bytes.index(bytes.startIndex, offsetBy: offset) }
        return (index(match.range.lowerBound)..<index(match.range.upperBound), text[index(match.number.lowerBound)..<index(match.number.upperBound)])
    }

    /// The parts of `text` between separators, in one pass over it: over the bytes of ASCII text
    /// (nearly every label, ``asciiCuts(_:)``), over its characters otherwise.
    static func segments(of text: String) -> [Substring] {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return characterSegments(of: text) }
        let cuts = text.withUTF8Bytes(asciiCuts).map { bytes.index(bytes.startIndex, offsetBy: $0) }
        return segments(of: text, cutAt: cuts)
    }

    /// The parts of `text` between separators, read character by character.
    static func characterSegments(of text: String) -> [Substring] {
        var cuts: [String.Index] = []
        var previous: Character?
        for index in text.indices {
            let character = text[index]
            switch character {
            case ";", "/", "+", "\n": cuts.append(index)
            case ",", ".":
                let next = text.index(after: index)
                let decimal = previous?.isNumber == true && next < text.endIndex && text[next].isNumber
                if !decimal { cuts.append(index) }
            default: break
            }
            previous = character
        }
        return segments(of: text, cutAt: cuts)
    }

    /// The parts of `text` between the one-character separators at `cuts`, in order.
    private static func segments(of text: String, cutAt cuts: [String.Index]) -> [Substring] {
        var segments: [Substring] = []
        var start = text.startIndex
        for cut in cuts {
            segments.append(text[start..<cut])
            start = text.index(after: cut)
        }
        segments.append(text[start...])
        return segments
    }

    /// The entry a segment holds, or `nil` when nothing but a component's name, a percentage or
    /// purity words is left: over the bytes of an ASCII segment (``asciiEntry(_:)``), by
    /// character otherwise.
    static func entry(_ segment: Substring) -> Entry? {
        segment.utf8.allSatisfy({ $0 < 0x80 }) ? segment.withUTF8Bytes(asciiEntry) : characterEntry(segment)
    }

    /// The entry a segment holds, read by its characters.
    static func characterEntry(_ segment: Substring) -> Entry? {
        let colon = segment.lastIndex(of: ":")
        let rest = colon.map { segment[segment.index(after: $0)...] } ?? segment
        let part = colon.map { segment[..<$0].split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var percent: Double?
        var words: [Substring]
        if let match = firstPercentage(in: rest) {
            // A decimal comma read as a point (by hand: `replacing` goes through the string
            // processing library's generic search, at many times the cost).
            percent =
                match.number.utf8.contains(UInt8(ascii: ","))
                ? Double(String(match.number.map { $0 == "," ? "." : $0 })) : Double(match.number)
            // The percentage parts the words on either side of it.
            words =
                rest[..<match.range.lowerBound].split(whereSeparator: \.isWhitespace)
                + rest[match.range.upperBound...].split(whereSeparator: \.isWhitespace)
        } else {
            words = rest.split(whereSeparator: \.isWhitespace)
        }
        var pure = percent == 100
        while let first = words.first, purityWords.contains(first.lowercased()) {
            words.removeFirst()
            pure = true
        }
        while let last = words.last, purityWords.contains(last.lowercased()) {
            words.removeLast()
            pure = true
        }
        guard !words.isEmpty else { return nil }
        return Entry(name: words.joined(separator: " "), percent: percent, part: part, pure: pure)
    }
}
