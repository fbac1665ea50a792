#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Words that make an environmental claim generic (Directive (EU) 2024/825, Annex I point 4a and
/// recital 9: "environmentally friendly", "eco-friendly", "green", "nature's friend",
/// "ecological", "climate friendly", "biodegradable"...).
enum ClaimText {
    /// The kind of field a text stands in.
    enum Field {
        /// A claim or a label: every generic term counts.
        case claim, label
        /// A name or a description, where "green" and "natural" are most often a colour or the
        /// undyed shade ("natural camel"), not a claim: those two do not count there.
        case descriptive
    }

    static let genericTerms = [
        "eco-friendly", "eco friendly", "ecological", "environmentally friendly", "environment friendly", "earth-friendly",
        "sustainable", "green", "natural", "responsible", "conscious", "climate neutral", "climate-neutral", "carbon neutral",
        "biodegradable", "ethical", "planet-friendly", "nature's friend", "eco",
    ]

    /// The terms that describe a colour or shade as often as they claim anything.
    static let colourTerms: Set<String> = ["green", "natural"]

    /// The generic terms that count in a name or a description: all but the colour terms.
    static let descriptiveTerms = genericTerms.filter { !colourTerms.contains($0) }

    /// The first generic term `text` uses as a word or phrase, if any.
    static func genericTerm(in text: String, _ field: Field = .claim) -> String? {
        firstTerm(of: field == .descriptive ? descriptiveNeedles : genericNeedles, in: text, words: genericWords)
    }

    /// Words and phrases that make a claim about greenhouse gases or the climate.
    static let emissionsTerms = [
        "co2", "co2e", "co₂", "co₂e", "carbon", "low-carbon", "emission", "emissions", "greenhouse", "ghg", "climate", "footprint",
        "net zero", "net-zero",
    ]

    /// The first emissions term `text` uses as a word or phrase, if any.
    static func emissionsTerm(in text: String) -> String? {
        firstTerm(of: emissionsNeedles, in: text, words: emissionsWords)
    }

    /// What a word is made of: any characters `isWordCharacter` accepts; in ASCII text, the
    /// lower-case bytes `isWordByte` accepts (the same characters, without Unicode's tables).
    struct WordCharacters: Sendable {
        let isWordCharacter: @Sendable (Character) -> Bool
        let isWordByte: @Sendable (UInt8) -> Bool
    }

    static let genericWords = WordCharacters(
        isWordCharacter: { $0.isLetter || $0 == "-" || $0 == "'" },
        isWordByte: { (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") })
    static let emissionsWords = WordCharacters(
        isWordCharacter: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "₂" },
        isWordByte: { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") })

    /// Each term with one space either side, as UTF-8, beside the term.
    private static func needles(_ terms: [String]) -> [(term: String, bytes: [UInt8])] {
        terms.map { ($0, Array((" " + $0 + " ").utf8)) }
    }
    private static let genericNeedles = needles(genericTerms)
    private static let descriptiveNeedles = needles(descriptiveTerms)
    private static let emissionsNeedles = needles(emissionsTerms)

    /// The first of the terms of `needles` that `text` uses as a word or phrase, compared in lower case.
    private static func firstTerm(of needles: [(term: String, bytes: [UInt8])], in text: String, words: WordCharacters) -> String? {
        let spaced = spacedWords(text, words)
        // Compared as UTF-8 bytes: the words are lower-cased already, and Foundation's `contains`
        // would compare them by locale, at many times the cost. A needle begins with a space, so
        // it can only match where a space is: each needle is compared at those places alone.
        return spaced.withUnsafeBufferPointer { haystack in
            let spaces = haystack.indices.filter { haystack[$0] == 0x20 }
            return needles.first { needle in
                needle.bytes.withUnsafeBufferPointer { needle in
                    spaces.contains { start in
                        start + needle.count <= haystack.count && haystack[start + 1] == needle[1]
                            && memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0
                    }
                }
            }?.term
        }
    }

    /// The words of `text`, lower-cased, one space between each and one either side, as UTF-8.
    static func spacedWords(_ text: String, _ words: WordCharacters) -> [UInt8] {
        var contiguous = text
        let ascii: [UInt8]? = contiguous.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var spaced: [UInt8] = [0x20]
            spaced.reserveCapacity(bytes.count + 2)
            for byte in bytes {
                let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if words.isWordByte(lower) {
                    spaced.append(lower)
                } else if spaced.last != 0x20 {
                    spaced.append(0x20)
                }
            }
            if spaced.last != 0x20 { spaced.append(0x20) }
            return spaced
        }
        return ascii ?? Array((" " + text.lowercased().split { !words.isWordCharacter($0) }.joined(separator: " ") + " ").utf8)
    }
}
