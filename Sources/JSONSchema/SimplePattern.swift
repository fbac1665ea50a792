/// A fast matcher for the patterns schemas mostly use: a sequence of characters, classes and
/// `.` with quantifiers, optionally anchored by `^` and `$`; no groups, no alternation.
///
/// `ECMARegex` uses it when the pattern fits and ICU otherwise; the semantics are ECMA-262's
/// (`\d`, `\w`, `\s` as ECMA defines them, `$` only at the end of the text).
struct SimplePattern: Sendable {
    /// A set of Unicode scalars: an ASCII bitmap plus ranges above ASCII.
    struct ScalarSet: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var ranges: [ClosedRange<UInt32>] = []
        var negated = false

        mutating func insert(_ range: ClosedRange<UInt32>) {
            if range.lowerBound <= 127 {
                for value in range.lowerBound...min(range.upperBound, 127) {
                    if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
                }
            }
            if range.upperBound > 127 { ranges.append(max(range.lowerBound, 128)...range.upperBound) }
        }

        func contains(_ value: UInt32) -> Bool {
            let member: Bool
            if value < 64 {
                member = low & (1 << UInt64(value)) != 0
            } else if value < 128 {
                member = high & (1 << UInt64(value - 64)) != 0
            } else {
                member = ranges.contains { $0.contains(value) }
            }
            return member != negated
        }
    }

    /// One atom with its repetition bounds.
    struct Piece: Sendable {
        let set: ScalarSet
        let minimum: Int
        let maximum: Int
    }

    private let pieces: [Piece]
    private let anchoredAtStart: Bool
    private let anchoredAtEnd: Bool

    private static let digits: [ClosedRange<UInt32>] = [48...57]
    private static let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
    private static let space: [ClosedRange<UInt32>] = [9...13, 32...32, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF]
    private static let lineTerminators: [ClosedRange<UInt32>] = [10...10, 13...13, 0x2028...0x2029]

    /// The matcher for `source`, or `nil` when the pattern uses more than this subset.
    init?(_ source: String) {
        var characters = Array(source.unicodeScalars.map(\.value))[...]
        anchoredAtStart = characters.first == 0x5E  // ^
        if anchoredAtStart { characters = characters.dropFirst() }
        var pieces: [Piece] = []
        var anchoredAtEnd = false
        var variablePieces = 0
        while let character = characters.popFirst() {
            var set = ScalarSet()
            switch character {
            case 0x24:  // $
                guard characters.isEmpty else { return nil }
                anchoredAtEnd = true
                continue
            case 0x2E:  // .
                Self.lineTerminators.forEach { set.insert($0) }
                set.negated = true
            case 0x5C:  // backslash
                guard let escaped = characters.popFirst(), let escapeSet = Self.escapeSet(escaped) else { return nil }
                set = escapeSet
            case 0x5B:  // [
                guard let classSet = Self.parseClass(&characters) else { return nil }
                set = classSet
            case 0x28, 0x29, 0x7C, 0x2A, 0x2B, 0x3F, 0x7B, 0x7D, 0x5D, 0x5E:  // ( ) | * + ? { } ] ^
                return nil
            default:
                set.insert(character...character)
            }
            guard let (minimum, maximum) = Self.parseQuantifier(&characters) else { return nil }
            if minimum != maximum { variablePieces += 1 }
            pieces.append(Piece(set: set, minimum: minimum, maximum: maximum))
        }
        // Backtracking over many variable pieces can be slow: leave those to ICU.
        guard variablePieces <= 3 else { return nil }
        self.pieces = pieces
        self.anchoredAtEnd = anchoredAtEnd
    }

    /// Whether the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        let asciiResult: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy({ $0 < 0x80 }) ? search(bytes) : nil }
        return (asciiResult ?? nil) ?? search(text.unicodeScalars.map(\.value))
    }

    private func search<Text: RandomAccessCollection>(_ text: Text) -> Bool where Text.Element: FixedWidthInteger, Text.Index == Int {
        if anchoredAtStart { return match(text, piece: 0, at: text.startIndex) }
        for start in text.startIndex...text.endIndex where match(text, piece: 0, at: start) { return true }
        return false
    }

    private func match<Text: RandomAccessCollection>(_ text: Text, piece index: Int, at position: Int) -> Bool where Text.Element: FixedWidthInteger, Text.Index == Int {
        guard index < pieces.count else { return !anchoredAtEnd || position == text.endIndex }
        let piece = pieces[index]
        var count = 0
        while count < piece.maximum, position + count < text.endIndex, piece.set.contains(UInt32(truncatingIfNeeded: text[position + count])) {
            count += 1
        }
        guard count >= piece.minimum else { return false }
        while count >= piece.minimum {
            if match(text, piece: index + 1, at: position + count) { return true }
            count -= 1
        }
        return false
    }

    private static func escapeSet(_ escaped: UInt32) -> ScalarSet? {
        var set = ScalarSet()
        switch Unicode.Scalar(escaped).map(Character.init) {
        case "d": digits.forEach { set.insert($0) }
        case "D": digits.forEach { set.insert($0) }; set.negated = true
        case "w": word.forEach { set.insert($0) }
        case "W": word.forEach { set.insert($0) }; set.negated = true
        case "s": space.forEach { set.insert($0) }
        case "S": space.forEach { set.insert($0) }; set.negated = true
        default:
            // Only escaped ASCII punctuation is a plain literal here.
            guard escaped < 128, let scalar = Unicode.Scalar(escaped), !scalar.properties.isAlphabetic, !(48...57).contains(escaped) else { return nil }
            set.insert(escaped...escaped)
        }
        return set
    }

    /// Parses a class after its `[`, up to and including `]`.
    private static func parseClass(_ characters: inout ArraySlice<UInt32>) -> ScalarSet? {
        var set = ScalarSet()
        if characters.first == 0x5E {
            set.negated = true
            characters = characters.dropFirst()
        }
        guard characters.first != 0x5D else { return nil }
        while let character = characters.popFirst() {
            if character == 0x5D { return set }
            var low = character
            if character == 0x5C {
                guard let escaped = characters.popFirst() else { return nil }
                switch escaped {
                case 0x64: digits.forEach { set.insert($0) }; continue
                case 0x77: word.forEach { set.insert($0) }; continue
                case 0x73: space.forEach { set.insert($0) }; continue
                default:
                    guard escaped < 128, let scalar = Unicode.Scalar(escaped), !scalar.properties.isAlphabetic, !(48...57).contains(escaped) else { return nil }
                    low = escaped
                }
            } else if character == 0x5B {
                return nil
            }
            if characters.first == 0x2D, let next = characters.dropFirst().first, next != 0x5D {
                characters = characters.dropFirst(2)
                guard next != 0x5C, next != 0x5B, low <= next else { return nil }
                set.insert(low...next)
            } else {
                set.insert(low...low)
            }
        }
        return nil
    }

    /// Parses an optional quantifier (and a lazy `?` after it, which cannot change whether a match exists).
    private static func parseQuantifier(_ characters: inout ArraySlice<UInt32>) -> (Int, Int)? {
        var bounds = (1, 1)
        switch characters.first {
        case 0x2A: bounds = (0, Int.max); characters = characters.dropFirst()
        case 0x2B: bounds = (1, Int.max); characters = characters.dropFirst()
        case 0x3F: bounds = (0, 1); characters = characters.dropFirst()
        case 0x7B:
            guard let close = characters.firstIndex(of: 0x7D) else { return nil }
            let body = String(String.UnicodeScalarView(characters[(characters.startIndex + 1)..<close].compactMap(Unicode.Scalar.init)))
            let parts = body.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            guard let minimum = Int(parts[0]) else { return nil }
            if parts.count == 1 {
                bounds = (minimum, minimum)
            } else if parts[1].isEmpty {
                bounds = (minimum, Int.max)
            } else {
                guard let maximum = Int(parts[1]), maximum >= minimum else { return nil }
                bounds = (minimum, maximum)
            }
            characters = characters[(close + 1)...]
        default:
            return bounds
        }
        if characters.first == 0x3F { characters = characters.dropFirst() }
        guard let next = characters.first, [0x2A, 0x2B, 0x3F, 0x7B].contains(next) else { return bounds }
        return nil
    }
}
