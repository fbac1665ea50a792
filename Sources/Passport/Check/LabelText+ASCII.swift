/// Label text that is all ASCII (nearly every label) read over its bytes, as ``LabelText`` reads
/// any text by its characters: each byte is then a character but for CR LF, which is one, and
/// whitespace is tab to carriage return and space (`Character.isWhitespace` on ASCII). A label's
/// text is short, so Swift would keep it inline, where each step of a `String.Index` is dearer
/// than the byte it reads.
extension LabelText {
    /// The offsets of the separators ``segments(of:)`` cuts ASCII `bytes` at.
    static func asciiCuts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var cuts: [Int] = []
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "+"): cuts.append(index)
            // A line feed after a carriage return is part of the one character CR LF, no separator.
            case UInt8(ascii: "\n") where previous != UInt8(ascii: "\r"): cuts.append(index)
            case UInt8(ascii: ","), UInt8(ascii: "."):
                let decimal = isDigit(previous) && index + 1 < bytes.count && isDigit(bytes[index + 1])
                if !decimal { cuts.append(index) }
            default: break
            }
            previous = byte
        }
        return cuts
    }

    /// The first match of ``percentage`` in ASCII `bytes`, as the expression would find it: the
    /// offsets of the match and of its number.
    static func asciiPercentage(in bytes: UnsafeBufferPointer<UInt8>) -> (range: Range<Int>, number: Range<Int>)? {
        func afterDigits(_ index: Int) -> Int {
            var index = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index
        }
        // Leftmost first, as the expression: every start is tried, inside a run of digits too.
        for start in bytes.indices where isDigit(bytes[start]) {
            var index = afterDigits(start)
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ","), isDigit(bytes[index + 1]) {
                index = afterDigits(index + 1)
            }
            let numberEnd = index
            while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "%") { return (start..<index + 1, start..<numberEnd) }
        }
        return nil
    }

    /// The entries of ASCII `bytes`, as ``entries(in:)`` reads them.
    static func asciiEntries(_ bytes: UnsafeBufferPointer<UInt8>) -> [Entry] {
        var entries: [Entry] = []
        var start = 0
        for end in asciiCuts(bytes) + [bytes.count] {
            if let entry = asciiEntry(UnsafeBufferPointer(rebasing: bytes[start..<end])) { entries.append(entry) }
            start = end + 1
        }
        return entries
    }

    /// The entry the ASCII segment `bytes` holds, as ``characterEntry(_:)`` reads it.
    static func asciiEntry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        let colon = bytes.lastIndex(of: UInt8(ascii: ":"))
        let rest = colon.map { $0 + 1 } ?? 0
        let part = colon.map { text(of: Self.words(in: bytes, 0..<$0), in: bytes) }
        var percent: Double?
        var words: [Range<Int>]
        if let match = asciiPercentage(in: UnsafeBufferPointer(rebasing: bytes[rest...])) {
            // A decimal comma read as a point.
            let number = bytes[rest + match.number.lowerBound..<rest + match.number.upperBound].map {
                $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0
            }
            percent = Double(String(decoding: number, as: UTF8.self))
            // The percentage parts the words on either side of it.
            words = Self.words(in: bytes, rest..<rest + match.range.lowerBound) + Self.words(in: bytes, rest + match.range.upperBound..<bytes.count)
        } else {
            words = Self.words(in: bytes, rest..<bytes.count)
        }
        var pure = percent == 100
        while let first = words.first, isPurityWord(bytes[first]) {
            words.removeFirst()
            pure = true
        }
        while let last = words.last, isPurityWord(bytes[last]) {
            words.removeLast()
            pure = true
        }
        guard !words.isEmpty else { return nil }
        return Entry(name: text(of: words, in: bytes), percent: percent, part: part, pure: pure)
    }

    /// The ranges of the words of `bytes` in `range`: the runs between whitespace.
    private static func words(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for index in range {
            if isWhitespace(bytes[index]) {
                if let first = start { words.append(first..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let first = start { words.append(first..<range.upperBound) }
        return words
    }

    /// The words at `words` in `bytes`, one space between each.
    private static func text(of words: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var joined: [UInt8] = []
        for word in words {
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: bytes[word])
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// Whether the ASCII word `bytes` is one of ``purityWords`` in any case.
    private static func isPurityWord(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        purityWords.contains(String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
