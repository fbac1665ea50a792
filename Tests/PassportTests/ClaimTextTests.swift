import TestSupport
import Testing

@testable import Passport

/// Generic and emissions terms are found as whole words or phrases, in any case; ASCII text is
/// read over its bytes and other text through Unicode's character properties, with the same result.
struct ClaimTextTests {
    @Test func termsAreFoundAsWholeWordsInAnyCase() {
        #expect(ClaimText.genericTerm(in: "An ECO-FRIENDLY sweater") == "eco-friendly")
        #expect(ClaimText.genericTerm(in: "Made in an eco friendly way.") == "eco friendly")
        #expect(ClaimText.genericTerm(in: "Nature's friend, since 1990") == "nature's friend")
        #expect(ClaimText.genericTerm(in: "Economical to wash") == nil)
        #expect(ClaimText.genericTerm(in: "Natural camel scarf", .descriptive) == nil)
        #expect(ClaimText.genericTerm(in: "Natural camel scarf", .claim) == "natural")
        #expect(ClaimText.genericTerm(in: "Sustainable cashmere", .descriptive) == "sustainable")
        #expect(ClaimText.emissionsTerm(in: "Our CO2 footprint") == "co2")
        #expect(ClaimText.emissionsTerm(in: "Net-Zero by 2030") == "net-zero")
        #expect(ClaimText.emissionsTerm(in: "Low CO₂e yarn") == "co₂e")
        #expect(ClaimText.emissionsTerm(in: "co2x and carbonated") == nil)
        #expect(ClaimText.genericTerm(in: "") == nil && ClaimText.emissionsTerm(in: " -- ") == nil)
    }

    /// For random ASCII texts built from terms, parts of terms and separators, the byte path gives
    /// what the Unicode path gives: appending " é" (a word of its own, not ASCII) sends the same
    /// text down the Unicode path without changing which terms it holds.
    @Test func asciiTextReadsAsUnicodeTextDoes() {
        var random = SeededGenerator(seed: 2026_12_03)
        let pieces =
            ClaimText.genericTerms + ClaimText.emissionsTerms.filter { $0.utf8.allSatisfy { $0 < 0x80 } } + [
                "ECO", "Green", "co", "2", "e", "friendly", "-", "'", " ", "  ", ",", ".", "\t", "\r\n", "s", "un", "NET", "zero", "x",
            ]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(ClaimText.genericTerm(in: text) == ClaimText.genericTerm(in: text + " é"), "\(text)")
            #expect(ClaimText.genericTerm(in: text, .descriptive) == ClaimText.genericTerm(in: text + " é", .descriptive), "\(text)")
            #expect(ClaimText.emissionsTerm(in: text) == ClaimText.emissionsTerm(in: text + " é"), "\(text)")
        }
    }

    /// The term found is the first of the list whose spaced form (" term ") the text's spaced
    /// words hold anywhere, as a plain byte-by-byte search finds it.
    @Test func theFirstTermListedThatTheWordsHoldIsFound() {
        var random = SeededGenerator(seed: 825)
        let pieces = ClaimText.genericTerms + ClaimText.emissionsTerms + ["Eco", "friendly", "net", "-", " ", ", ", "co2", "e", "x", "é", "₂"]
        func holds(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
        }
        var found = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: " ")
            let generic = ClaimText.genericWords.spacedWords(text)
            let emissions = ClaimText.emissionsWords.spacedWords(text)
            let expected = ClaimText.genericTerms.first { holds(generic, Array(" \($0) ".utf8)) }
            #expect(ClaimText.genericTerm(in: text) == expected, "\(text)")
            #expect(ClaimText.emissionsTerm(in: text) == ClaimText.emissionsTerms.first { holds(emissions, Array(" \($0) ".utf8)) }, "\(text)")
            if expected != nil { found += 1 }
        }
        #expect(found > 1000)
    }

    /// Text that is not all ASCII is read as Swift's characters would split it, whatever mix of
    /// ASCII and other characters it holds: combining marks after an ASCII letter, CR LF, a
    /// prepended mark before an ASCII letter, letters whose lower case is longer, emoji joined by
    /// ZWJ, Cyrillic and signs such as × and °.
    @Test func mixedTextReadsAsItsCharactersSplit() {
        var random = SeededGenerator(seed: 2026_12_06)
        let pieces = [
            "Eco", "friendly", "CO", "2", "₂", "e", "\u{301}", "é", "×", "°C", " ", "\r\n", "\r", "\n", "-", "'", "İ", "ẞ", "ﬁ",
            "Монгол", "ноолуур", "\u{600}", "👩\u{200D}🔬", "🇲🇳", "a", "Z", ".", ",", "\u{0308}",
        ]
        for words in [ClaimText.genericWords, ClaimText.emissionsWords] {
            for _ in 0..<5_000 {
                let text = (0..<Int.random(in: 1...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                let expected = text.lowercased().split { !words.isWordCharacter($0) }.map { Array($0.utf8) }
                let spaced = words.spacedWords(text)
                #expect(spaced.first == 0x20 && spaced.last == 0x20, "\(text)")
                #expect(spaced.split(separator: 0x20, omittingEmptySubsequences: false).dropFirst().dropLast().allSatisfy { !$0.isEmpty }, "\(text)")
                #expect(spaced.split(separator: 0x20).map(Array.init) == expected, "\(text)")
            }
        }
    }
}
