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
        segments(of: text).compactMap(entry)
    }

    /// A percentage with its sign: `70%`, `12.5 %`, `12,5%`.
    nonisolated(unsafe) static let percentage = /(\d+(?:[.,]\d+)?)\s*%/

    /// The first match of ``percentage`` in `text`: its range and its number. ASCII text (nearly
    /// every label) is scanned over its bytes, as the expression would match it; other text goes
    /// through the expression, whose digits and spaces are Unicode's.
    static func firstPercentage(in text: Substring) -> (range: Range<String.Index>, number: Substring)? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.firstMatch(of: percentage).map { ($0.range, $0.1) } }
        func isDigit(_ index: String.Index) -> Bool { index < bytes.endIndex && (0x30...0x39).contains(bytes[index]) }
        func afterDigits(_ index: String.Index) -> String.Index {
            var index = index
            while isDigit(index) { index = bytes.index(after: index) }
            return index
        }
        // Leftmost first, as the expression: every start is tried, inside a run of digits too.
        var start = bytes.startIndex
        while start < bytes.endIndex {
            defer { start = bytes.index(after: start) }
            guard isDigit(start) else { continue }
            var index = afterDigits(start)
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ","),
                isDigit(bytes.index(after: index))
            {
                index = afterDigits(bytes.index(after: index))
            }
            let numberEnd = index
            // `\s` in ASCII: tab, line feed, vertical tab, form feed, carriage return and space.
            while index < bytes.endIndex, (0x09...0x0D).contains(bytes[index]) || bytes[index] == 0x20 { index = bytes.index(after: index) }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "%") { return (start..<bytes.index(after: index), text[start..<numberEnd]) }
        }
        return nil
    }

    /// The parts of `text` between separators, in one pass over it: over the bytes of ASCII text
    /// (nearly every label), over its characters otherwise.
    static func segments(of text: String) -> [Substring] {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return characterSegments(of: text) }
        // Each byte is a character but for CR LF, which is one; it is no separator, as "\r\n" is
        // not "\n" (the LF is passed over).
        var cuts: [String.Index] = []
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "+"): cuts.append(index)
            case UInt8(ascii: "\n") where previous != UInt8(ascii: "\r"): cuts.append(index)
            case UInt8(ascii: ","), UInt8(ascii: "."):
                let decimal = (0x30...0x39).contains(previous) && next < bytes.endIndex && (0x30...0x39).contains(bytes[next])
                if !decimal { cuts.append(index) }
            default: break
            }
            previous = byte
            index = next
        }
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

    /// The words of `text` between runs of whitespace: split over the bytes of ASCII text (as
    /// the caller knows `text` to be), where whitespace is tab to carriage return and space (as
    /// `Character.isWhitespace` has it), and by character otherwise.
    static func words(of text: Substring, ascii: Bool) -> [Substring] {
        guard ascii else { return text.split(whereSeparator: \.isWhitespace) }
        return text.utf8.split { $0 == 0x20 || (0x09...0x0D).contains($0) }.map(Substring.init)
    }

    /// The entry a segment holds, or `nil` when nothing but a component's name, a percentage or purity words is left.
    static func entry(_ segment: Substring) -> Entry? {
        // In ASCII text (nearly every label) a colon byte is a character of its own.
        let ascii = segment.utf8.allSatisfy { $0 < 0x80 }
        let colon = ascii ? segment.utf8.lastIndex(of: UInt8(ascii: ":")) : segment.lastIndex(of: ":")
        let rest = colon.map { segment[segment.index(after: $0)...] } ?? segment
        let part = colon.map { Self.words(of: segment[..<$0], ascii: ascii).joined(separator: " ") }
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
                Self.words(of: rest[..<match.range.lowerBound], ascii: ascii) + Self.words(of: rest[match.range.upperBound...], ascii: ascii)
        } else {
            words = Self.words(of: rest, ascii: ascii)
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
