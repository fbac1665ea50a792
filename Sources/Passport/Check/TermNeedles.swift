#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Terms looked for in a text's spaced words (``WordCharacters/spacedWords(_:)``), each as
/// itself with one space either side, so that only whole words and phrases match.
///
/// A needle begins with a space and its term's first byte, so it is compared only where the
/// words have a space followed by that byte: the table of first bytes gives those needles at
/// once, where comparing every needle at every space costs the number of terms times the words.
struct TermNeedles: Sendable {
    private let terms: [String]
    /// Each term with one space either side, as UTF-8.
    private let needles: [[UInt8]]
    /// For each byte, the terms that begin with it, as bits (term `i` is bit `i`).
    private let termsByFirstByte: [UInt64]

    /// The needles of `terms`, at most 64, none empty.
    init(_ terms: [String]) {
        precondition(terms.count <= 64 && !terms.contains(where: \.isEmpty), "at most 64 terms, none empty")
        self.terms = terms
        needles = terms.map { Array((" " + $0 + " ").utf8) }
        var byFirstByte = [UInt64](repeating: 0, count: 256)
        for (index, needle) in needles.enumerated() { byFirstByte[Int(needle[1])] |= 1 << index }
        termsByFirstByte = byFirstByte
    }

    /// The first term, in the order given, that `words` hold anywhere.
    func firstTerm(in words: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = words.baseAddress else { return nil }
        var found = terms.count
        for start in 0..<max(words.count - 1, 0) where words[start] == 0x20 {
            // Only terms listed before the one found already can change the answer.
            var candidates = termsByFirstByte[Int(words[start + 1])] & ((1 << found) &- 1)
            while candidates != 0 {
                let index = candidates.trailingZeroBitCount
                candidates &= candidates &- 1
                let needle = needles[index]
                if start + needle.count <= words.count, memcmp(base + start, needle, needle.count) == 0 {
                    found = index
                    break
                }
            }
            if found == 0 { break }
        }
        return found < terms.count ? terms[found] : nil
    }
}
