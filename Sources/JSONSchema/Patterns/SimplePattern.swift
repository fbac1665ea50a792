/// A fast backtracking matcher for the patterns schemas mostly use: characters, classes and `.`
/// with quantifiers, groups (plain or `(?:`) with alternatives, anchored by a leading `^` and a
/// trailing `$`; no backreferences, lookaround or alternatives at the top level.
///
/// `ECMARegex` uses it when the pattern fits and ICU otherwise; the semantics are ECMA-262's
/// (`\d`, `\w`, `\s` as ECMA defines them, `$` only at the end of the text). A match that takes
/// too many backtracking steps gives up, and ICU answers instead.
struct SimplePattern: Sendable {
    /// A set of Unicode scalars: an ASCII bitmap plus ranges above ASCII.
    struct ScalarSet: Sendable, Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var ranges: [ClosedRange<UInt32>] = []
        var negated = false

        /// Every scalar (the empty set negated).
        static let all = ScalarSet(negated: true)

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

    /// One element of a pattern with its repetition bounds: a character set or a group of alternatives.
    indirect enum Node: Sendable {
        case set(ScalarSet, minimum: Int, maximum: Int)
        case group([[Node]], minimum: Int, maximum: Int)
    }

    private let sequence: [Node]
    /// The sets of `sequence` when it has no groups: matched by a simpler loop.
    private let flat: [(set: ScalarSet, minimum: Int, maximum: Int)]?
    /// The automaton text is matched by, unless the pattern unrolls to too many states.
    private let automaton: PatternAutomaton?
    private let anchoredAtStart: Bool
    private let anchoredAtEnd: Bool

    private static let digits: [ClosedRange<UInt32>] = [48...57]
    private static let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
    private static let space: [ClosedRange<UInt32>] = [
        9...13, 32...32, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
        0xFEFF...0xFEFF,
    ]
    private static let lineTerminators: [ClosedRange<UInt32>] = [10...10, 13...13, 0x2028...0x2029]
    /// Backtracking steps one match may take before it is left to ICU.
    private static let stepBudget = 10_000

    /// The matcher for `source`, or `nil` when the pattern uses more than this subset.
    init?(_ source: String) {
        var characters = Array(source.unicodeScalars.map(\.value))[...]
        anchoredAtStart = characters.first == 0x5E  // ^
        if anchoredAtStart { characters = characters.dropFirst() }
        // A trailing $ not escaped by an odd number of backslashes anchors at the end.
        let trailingBackslashes = characters.dropLast().reversed().prefix { $0 == 0x5C }.count
        anchoredAtEnd = characters.last == 0x24 && trailingBackslashes % 2 == 0
        if anchoredAtEnd { characters = characters.dropLast() }
        guard let alternatives = Self.parseAlternatives(&characters), characters.isEmpty, alternatives.count == 1 else { return nil }
        sequence = alternatives[0]
        let sets = sequence.compactMap { node -> (set: ScalarSet, minimum: Int, maximum: Int)? in
            if case .set(let set, let minimum, let maximum) = node { return (set, minimum, maximum) }
            return nil
        }
        flat = sets.count == sequence.count ? sets : nil
        automaton = PatternAutomaton(sequence, anchoredAtStart: anchoredAtStart, anchoredAtEnd: anchoredAtEnd)
    }

    /// Whether the pattern matches somewhere in `text`; `nil` when the step budget ran out.
    func matches(_ text: String) -> Bool? {
        var text = text
        // Text is matched on its bytes in place by the automaton, or when ASCII by the backtracking
        // matcher; anything else on its Unicode scalars.
        if let matched = text.withUTF8({ matches(utf8: $0) }) { return matched }
        if automaton != nil || text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        return search(text.unicodeScalars.map(\.value))
    }

    /// Whether the pattern matches somewhere in the UTF-8 text `bytes`; `nil` when the step budget
    /// ran out, or when the pattern has no automaton and the text is not ASCII, or the text is
    /// not well-formed UTF-8 (match it as a string).
    func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if let automaton { return automaton.matches(bytes) }
        guard Self.isASCII(bytes) else { return nil }
        return search(bytes)
    }

    /// Whether every byte of `bytes` is below 0x80, tested eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < raw.count {
            if raw[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }

    private func search<Text: RandomAccessCollection>(_ text: Text) -> Bool? where Text.Element: FixedWidthInteger, Text.Index == Int {
        var run = Run(text: text)
        if let flat {
            let starts = anchoredAtStart ? text.startIndex...text.startIndex : text.startIndex...text.endIndex
            for start in starts where run.matchFlat(flat, 0, at: start, anchoredAtEnd: anchoredAtEnd) { return true }
            return run.steps > Self.stepBudget ? nil : false
        }
        let starts = anchoredAtStart ? text.startIndex...text.startIndex : text.startIndex...text.endIndex
        for start in starts {
            if run.match(sequence[...], at: start, then: { position, _ in !anchoredAtEnd || position == text.endIndex }) { return true }
            if run.steps > Self.stepBudget { return nil }
        }
        return false
    }

    /// One match attempt over `text`, counting its steps.
    private struct Run<Text: RandomAccessCollection> where Text.Element: FixedWidthInteger, Text.Index == Int {
        let text: Text
        var steps = 0

        init(text: Text) { self.text = text }

        mutating func match(_ nodes: ArraySlice<Node>, at position: Int, then continuation: (Int, inout Run) -> Bool) -> Bool {
            steps += 1
            guard steps <= SimplePattern.stepBudget else { return false }
            guard let node = nodes.first else { return continuation(position, &self) }
            let rest = nodes.dropFirst()
            switch node {
            case .set(let set, let minimum, let maximum):
                var count = 0
                while count < maximum, position + count < text.endIndex, set.contains(UInt32(truncatingIfNeeded: text[position + count])) {
                    count += 1
                }
                while count >= minimum {
                    if match(rest, at: position + count, then: continuation) { return true }
                    count -= 1
                }
                return false
            case .group(let alternatives, let minimum, let maximum):
                return repeatGroup(alternatives, minimum, maximum, done: 0, at: position) { end, run in run.match(rest, at: end, then: continuation) }
            }
        }

        /// `match` for a sequence of sets only, without continuations.
        mutating func matchFlat(_ sets: [(set: ScalarSet, minimum: Int, maximum: Int)], _ index: Int, at position: Int, anchoredAtEnd: Bool) -> Bool {
            steps += 1
            guard steps <= SimplePattern.stepBudget else { return false }
            guard index < sets.count else { return !anchoredAtEnd || position == text.endIndex }
            let piece = sets[index]
            var count = 0
            while count < piece.maximum, position + count < text.endIndex, piece.set.contains(UInt32(truncatingIfNeeded: text[position + count])) {
                count += 1
            }
            while count >= piece.minimum {
                if matchFlat(sets, index + 1, at: position + count, anchoredAtEnd: anchoredAtEnd) { return true }
                count -= 1
            }
            return false
        }

        /// Greedy repetition of a group: one more iteration first, then what follows.
        mutating func repeatGroup(
            _ alternatives: [[Node]], _ minimum: Int, _ maximum: Int, done: Int, at position: Int, then continuation: (Int, inout Run) -> Bool
        ) -> Bool {
            if done < maximum {
                for alternative in alternatives {
                    let matched = match(alternative[...], at: position) { end, run in
                        // An empty iteration cannot help once the minimum is reached (and would loop).
                        if end == position && done >= minimum { return false }
                        return run.repeatGroup(alternatives, minimum, maximum, done: done + 1, at: end, then: continuation)
                    }
                    if matched { return true }
                }
            }
            return done >= minimum && continuation(position, &self)
        }
    }

    /// Parses alternatives up to a `)` or the end.
    private static func parseAlternatives(_ characters: inout ArraySlice<UInt32>) -> [[Node]]? {
        var alternatives: [[Node]] = [[]]
        while let character = characters.first, character != 0x29 {
            characters = characters.dropFirst()
            let node: Node
            switch character {
            case 0x7C:  // |
                alternatives.append([])
                continue
            case 0x28:  // (
                if characters.first == 0x3F {
                    guard characters.dropFirst().first == 0x3A else { return nil }
                    characters = characters.dropFirst(2)
                }
                guard let inner = parseAlternatives(&characters), characters.popFirst() == 0x29 else { return nil }
                guard let (minimum, maximum) = parseQuantifier(&characters) else { return nil }
                node = .group(inner, minimum: minimum, maximum: maximum)
            default:
                var set = ScalarSet()
                switch character {
                case 0x2E:  // .
                    lineTerminators.forEach { set.insert($0) }
                    set.negated = true
                case 0x5C:  // backslash
                    guard let escaped = characters.popFirst(), let escapeSet = escapeSet(escaped) else { return nil }
                    set = escapeSet
                case 0x5B:  // [
                    guard let classSet = parseClass(&characters) else { return nil }
                    set = classSet
                case 0x24, 0x2A, 0x2B, 0x3F, 0x7B, 0x7D, 0x5D, 0x5E:  // $ * + ? { } ] ^
                    return nil
                default:
                    set.insert(character...character)
                }
                guard let (minimum, maximum) = parseQuantifier(&characters) else { return nil }
                node = .set(set, minimum: minimum, maximum: maximum)
            }
            alternatives[alternatives.count - 1].append(node)
        }
        return alternatives
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
            guard escaped < 128, let scalar = Unicode.Scalar(escaped), !scalar.properties.isAlphabetic, !(48...57).contains(escaped) else {
                return nil
            }
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
                    guard escaped < 128, let scalar = Unicode.Scalar(escaped), !scalar.properties.isAlphabetic, !(48...57).contains(escaped) else {
                        return nil
                    }
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
            // Decimal digits only: `Int` would also read a sign (`{-1}`, `{+2}`), which is no quantifier.
            guard body.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2C }) else { return nil }
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
