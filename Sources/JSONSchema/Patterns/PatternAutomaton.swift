/// A deterministic automaton over UTF-8 text for a `SimplePattern`: one table look-up per ASCII
/// byte, and per other character a search for its class, so that every text is matched in one
/// pass, whatever the pattern would cost a backtracking matcher.
///
/// Built once per pattern: Thompson's construction turns the pattern's sets, groups,
/// alternatives and quantifiers (counted ones unrolled) into a nondeterministic automaton, and
/// the subset construction over the character classes the sets distinguish (each ASCII byte's,
/// and the spans of scalars above ASCII between the bounds of the sets' ranges) makes it
/// deterministic. An unanchored start is a loop on every character before the pattern; without
/// an anchored end the first accepting state decides. Patterns whose automaton would be large
/// (long counted repetitions) get none and keep the backtracking matcher.
struct PatternAutomaton: Sendable {
    /// The class of each of the 128 ASCII bytes, then the transitions: for each state, a
    /// row with the next state by class, given as where that state's row starts, with
    /// `acceptingFlag` set when that state accepts and `printableLoopFlag` when it stays put on
    /// every printable byte. State 0 accepts nothing and never leaves (no match can follow);
    /// state 1 is the start.
    private let table: [UInt32]
    /// The first scalar of each span of scalars above ASCII that no set tells apart, in
    /// increasing order from 0x80, and the class of each span.
    private let spanStarts: [UInt32]
    private let spanClasses: [UInt32]
    private let startEntry: UInt32
    private let anchoredAtEnd: Bool

    private static let acceptingFlag: UInt32 = 1 << 31
    /// Set on the entries of states that every byte from `!` (0x21) to DEL (0x7F) leaves where
    /// they are, such as the `[^\s]+` that ends an IRI pattern: the matcher passes over eight such
    /// bytes at a time.
    private static let printableLoopFlag: UInt32 = 1 << 30
    private static let flags = acceptingFlag | printableLoopFlag
    /// Where the rows of states 0 (no match) and 1 (the start) begin.
    private static let deadRow: UInt32 = 128
    /// States of the deterministic automaton (each a row of the table).
    private static let stateLimit = 512

    /// The automaton of `sequence`, or `nil` when it would be too large.
    init?(_ sequence: [SimplePattern.Node], anchoredAtStart: Bool, anchoredAtEnd: Bool) {
        var pattern = PatternStates()
        let start = pattern.newState()
        if !anchoredAtStart { pattern.moves[start].append((SimplePattern.ScalarSet.all, start)) }
        guard let final = pattern.sequence(sequence[...], from: start), pattern.count <= PatternStates.limit else { return nil }

        let classes = CharacterClasses(pattern.moves.flatMap { $0.map(\.set) })
        let closures = (0..<pattern.count).map { pattern.closure(of: $0) }
        let startStates = closures[start]
        var table = classes.ofByte.map(UInt32.init)
        var stateOf: [StateSet: Int] = [StateSet(count: pattern.count): 0, startStates: 1]
        var pending = [StateSet(count: pattern.count), startStates]
        var row = 0
        while row < pending.count {
            let states = pending[row].members
            for scalar in classes.representatives {
                var next = StateSet(count: pattern.count)
                for state in states {
                    for move in pattern.moves[state] where move.set.contains(scalar) { next.formUnion(closures[move.to]) }
                }
                let index: Int
                if let known = stateOf[next] {
                    index = known
                } else {
                    guard pending.count < Self.stateLimit else { return nil }
                    index = pending.count
                    stateOf[next] = index
                    pending.append(next)
                }
                let row = Self.deadRow + UInt32(index * classes.representatives.count)
                table.append(row | (next.contains(final) ? Self.acceptingFlag : 0))
            }
            row += 1
        }
        let classCount = classes.representatives.count
        func rowStart(of state: Int) -> UInt32 { Self.deadRow + UInt32(state * classCount) }
        // The dead state loops too, but the matcher has stopped by then.
        let loopsOnPrintable = (0..<pending.count).map { state in
            state != 0 && (0x21...0x7F).allSatisfy { byte in table[Int(rowStart(of: state)) + Int(table[byte])] & ~Self.flags == rowStart(of: state) }
        }
        for entry in 128..<table.count where loopsOnPrintable[Int(table[entry] & ~Self.flags - Self.deadRow) / classCount] {
            table[entry] |= Self.printableLoopFlag
        }
        self.table = table
        spanStarts = classes.spanStarts
        spanClasses = classes.spanClasses.map(UInt32.init)
        startEntry = rowStart(of: 1) | (startStates.contains(final) ? Self.acceptingFlag : 0) | (loopsOnPrintable[1] ? Self.printableLoopFlag : 0)
        self.anchoredAtEnd = anchoredAtEnd
    }

    /// Whether the pattern matches the UTF-8 text `text`; `nil` when it is not well-formed UTF-8.
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        if startEntry & Self.acceptingFlag != 0 && !anchoredAtEnd { return true }
        guard let base = text.baseAddress else { return startEntry & Self.acceptingFlag != 0 }
        return table.withUnsafeBufferPointer { table -> Bool? in
            var entry = startEntry
            var index = 0
            while index < text.count {
                if entry & Self.printableLoopFlag != 0 {
                    index = Self.endOfPrintableWords(base, from: index, count: text.count)
                    if index == text.count { break }
                }
                let byte = base[index]
                let characterClass: UInt32
                if byte < 0x80 {
                    characterClass = table[Int(truncatingIfNeeded: byte)]
                    index += 1
                } else {
                    guard let (scalar, length) = Self.scalar(base, at: index, count: text.count) else { return nil }
                    characterClass = spanClass(of: scalar)
                    index += length
                }
                entry = table[Int(truncatingIfNeeded: entry & ~Self.flags) &+ Int(truncatingIfNeeded: characterClass)]
                if entry == Self.deadRow { return false }
                if !anchoredAtEnd && entry & Self.acceptingFlag != 0 { return true }
            }
            return entry & Self.acceptingFlag != 0
        }
    }

    /// The class of `scalar` (0x80 or above): that of the last span starting at or below it.
    private func spanClass(of scalar: UInt32) -> UInt32 {
        var low = 0
        var high = spanStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if spanStarts[middle] <= scalar { low = middle } else { high = middle }
        }
        return spanClasses[low]
    }

    /// The scalar whose UTF-8 sequence starts at `index` (its first byte 0x80 or above) and the
    /// sequence's length; `nil` for a sequence that is not well-formed (RFC 3629).
    private static func scalar(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> (UInt32, Int)? {
        let lead = UInt32(base[index])
        let (length, initial, minimum): (Int, UInt32, UInt32) =
            switch lead {
            case 0xC2...0xDF: (2, lead & 0x1F, 0x80)
            case 0xE0...0xEF: (3, lead & 0x0F, 0x800)
            case 0xF0...0xF4: (4, lead & 0x07, 0x10000)
            default: (0, 0, 0)
            }
        guard length > 0, index + length <= count else { return nil }
        var scalar = initial
        for offset in 1..<length {
            let continuation = UInt32(base[index + offset])
            guard continuation & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | continuation & 0x3F
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return (scalar, length)
    }

    /// The first offset from `start` that does not begin eight bytes from `!` to DEL: words of
    /// bytes none of which is below 0x21 (a control byte or a space) or above DEL (part of a
    /// character beyond ASCII) are passed over whole.
    private static func endOfPrintableWords(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x21 sets its high bit in `word - 0x21...` where it is clear in `word`;
            // a byte above DEL has its own high bit set.
            guard ((word &- 0x2121_2121_2121_2121) & ~word | word) & 0x8080_8080_8080_8080 == 0 else { break }
            index += 8
        }
        return index
    }
}

/// The partition of the characters into classes no set of the pattern tells apart: each ASCII
/// byte's class, and above ASCII spans of scalars between the bounds of the sets' ranges.
private struct CharacterClasses {
    /// The class of each ASCII byte.
    let ofByte: [Int]
    /// The first scalar of each span above ASCII, from 0x80, and its class.
    let spanStarts: [UInt32]
    let spanClasses: [Int]
    /// One scalar of each class.
    let representatives: [UInt32]

    init(_ sets: [SimplePattern.ScalarSet]) {
        let distinct = Array(Set(sets))
        var classOf: [[UInt64]: Int] = [:]
        var representatives: [UInt32] = []
        // Bit n of a scalar's signature: whether it is in the n-th distinct set.
        func classOfScalar(_ scalar: UInt32) -> Int {
            var signature = Array(repeating: UInt64(0), count: (distinct.count + 63) / 64)
            for (index, set) in distinct.enumerated() where set.contains(scalar) { signature[index / 64] |= 1 << UInt64(index % 64) }
            if let known = classOf[signature] { return known }
            classOf[signature] = representatives.count
            representatives.append(scalar)
            return representatives.count - 1
        }
        ofByte = (UInt32(0)..<128).map(classOfScalar)
        // Every set is constant between consecutive bounds of its ranges.
        var bounds: Set<UInt32> = [0x80]
        for set in distinct {
            for range in set.ranges {
                bounds.insert(max(range.lowerBound, 0x80))
                if range.upperBound < 0x10FFFF { bounds.insert(range.upperBound + 1) }
            }
        }
        spanStarts = bounds.sorted()
        spanClasses = spanStarts.map(classOfScalar)
        self.representatives = representatives
    }
}

/// The nondeterministic automaton of a pattern, built by Thompson's construction.
private struct PatternStates {
    /// For each state, the character sets that lead on and where.
    var moves: [[(set: SimplePattern.ScalarSet, to: Int)]] = []
    /// For each state, the states it reaches without reading a byte.
    var epsilon: [[Int]] = []

    var count: Int { moves.count }

    /// States a pattern may unroll to before it is left to the backtracking matcher.
    static let limit = 512

    mutating func newState() -> Int {
        moves.append([])
        epsilon.append([])
        return moves.count - 1
    }

    /// Adds `nodes` after `state`; the state the sequence ends in, or `nil` beyond the state limit.
    mutating func sequence(_ nodes: ArraySlice<SimplePattern.Node>, from state: Int) -> Int? {
        var current = state
        for node in nodes {
            switch node {
            case .set(let set, let minimum, let maximum):
                guard let end = repeated(minimum, maximum, from: current, { states, from in states.step(set, from: from) }) else { return nil }
                current = end
            case .group(let alternatives, let minimum, let maximum):
                guard let end = repeated(minimum, maximum, from: current, { states, from in states.choice(alternatives, from: from) }) else {
                    return nil
                }
                current = end
            }
        }
        return current
    }

    private mutating func step(_ set: SimplePattern.ScalarSet, from state: Int) -> Int {
        let next = newState()
        moves[state].append((set, next))
        return next
    }

    private mutating func choice(_ alternatives: [[SimplePattern.Node]], from state: Int) -> Int? {
        let end = newState()
        for alternative in alternatives {
            guard let last = sequence(alternative[...], from: state) else { return nil }
            epsilon[last].append(end)
        }
        return end
    }

    /// `minimum` to `maximum` copies of `one` (built by it from a given state) after `state`.
    private mutating func repeated(
        _ minimum: Int, _ maximum: Int, from state: Int, _ one: (inout PatternStates, Int) -> Int?
    ) -> Int? {
        var current = state
        for _ in 0..<minimum {
            guard count <= Self.limit, let next = one(&self, current) else { return nil }
            current = next
        }
        if maximum == Int.max {
            let loop = newState()
            epsilon[current].append(loop)
            guard let end = one(&self, loop) else { return nil }
            epsilon[end].append(loop)
            return loop
        }
        let exit = newState()
        for _ in minimum..<maximum {
            guard count <= Self.limit, let next = one(&self, current) else { return nil }
            epsilon[current].append(exit)
            current = next
        }
        epsilon[current].append(exit)
        return exit
    }

    /// `state` and every state reachable from it without reading a byte.
    func closure(of state: Int) -> StateSet {
        var reached = StateSet(count: count)
        reached.insert(state)
        var pending = [state]
        while let state = pending.popLast() {
            for next in epsilon[state] where !reached.contains(next) {
                reached.insert(next)
                pending.append(next)
            }
        }
        return reached
    }
}

/// A set of states of a pattern's nondeterministic automaton, one bit per state.
private struct StateSet: Hashable {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    func contains(_ state: Int) -> Bool {
        words[state / 64] & (1 << UInt64(state % 64)) != 0
    }

    mutating func insert(_ state: Int) {
        words[state / 64] |= 1 << UInt64(state % 64)
    }

    mutating func formUnion(_ other: StateSet) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    /// The states in the set, in increasing order.
    var members: [Int] {
        var members: [Int] = []
        for (index, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                members.append(index * 64 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return members
    }
}
