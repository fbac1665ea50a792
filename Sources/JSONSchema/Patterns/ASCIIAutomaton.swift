/// A deterministic automaton over ASCII bytes for a `SimplePattern`: one table look-up per byte.
///
/// Built once per pattern: Thompson's construction turns the pattern's sets, groups,
/// alternatives and quantifiers (counted ones unrolled) into a nondeterministic automaton, and
/// the subset construction over the byte classes the sets distinguish makes it deterministic.
/// An unanchored start is a loop on every byte before the pattern; without an anchored end the
/// first accepting state decides. Patterns whose automaton would be large (long counted
/// repetitions) get none and keep the backtracking matcher.
struct ASCIIAutomaton: Sendable {
    /// The byte class of each of the 128 ASCII bytes, then the transitions: for each state, a
    /// row with the next state by class, given as where that state's row starts, with
    /// `acceptingFlag` set when that state accepts and `printableLoopFlag` when it stays put on
    /// every printable byte. State 0 accepts nothing and never leaves (no match can follow);
    /// state 1 is the start.
    private let table: [UInt32]
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
        if !anchoredAtStart { pattern.moves[start].append((ByteSet.all, start)) }
        guard let final = pattern.sequence(sequence[...], from: start), pattern.count <= PatternStates.limit else { return nil }

        let classes = ByteClasses(pattern.moves.flatMap { $0.map(\.set) })
        let closures = (0..<pattern.count).map { pattern.closure(of: $0) }
        let startStates = closures[start]
        var table = classes.ofByte.map(UInt32.init)
        var stateOf: [StateSet: Int] = [StateSet(count: pattern.count): 0, startStates: 1]
        var pending = [StateSet(count: pattern.count), startStates]
        var row = 0
        while row < pending.count {
            let states = pending[row].members
            for byte in classes.representatives {
                var next = StateSet(count: pattern.count)
                for state in states {
                    for move in pattern.moves[state] where move.set.contains(byte) { next.formUnion(closures[move.to]) }
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
        startEntry = rowStart(of: 1) | (startStates.contains(final) ? Self.acceptingFlag : 0) | (loopsOnPrintable[1] ? Self.printableLoopFlag : 0)
        self.anchoredAtEnd = anchoredAtEnd
    }

    /// Whether the pattern matches the ASCII text `text` (every byte below 0x80).
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if startEntry & Self.acceptingFlag != 0 && !anchoredAtEnd { return true }
        guard let base = text.baseAddress else { return startEntry & Self.acceptingFlag != 0 }
        return table.withUnsafeBufferPointer { table in
            var entry = startEntry
            var index = 0
            while index < text.count {
                if entry & Self.printableLoopFlag != 0 {
                    index = Self.endOfPrintableWords(base, from: index, count: text.count)
                    if index == text.count { break }
                }
                let byte = base[index]
                entry = table[Int(truncatingIfNeeded: entry & ~Self.flags) &+ Int(truncatingIfNeeded: table[Int(truncatingIfNeeded: byte)])]
                if entry == Self.deadRow { return false }
                if !anchoredAtEnd && entry & Self.acceptingFlag != 0 { return true }
                index += 1
            }
            return entry & Self.acceptingFlag != 0
        }
    }

    /// The first offset from `start` that does not begin eight bytes from `!` to DEL: words of
    /// ASCII bytes none of which is below 0x21 (a control byte or a space) are passed over whole.
    private static func endOfPrintableWords(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x21 sets its high bit in `word - 0x21...` where it is clear in `word`;
            // the text is ASCII, so no byte of `word` has its own high bit set.
            guard (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080 == 0 else { break }
            index += 8
        }
        return index
    }
}

/// A set of ASCII bytes as a 128-bit map.
private struct ByteSet: Hashable {
    var low: UInt64
    var high: UInt64

    static let all = ByteSet(low: ~0, high: ~0)

    /// The ASCII members of `set` (negation applied).
    init(_ set: SimplePattern.ScalarSet) {
        let inverted: UInt64 = set.negated ? ~0 : 0
        low = set.low ^ inverted
        high = set.high ^ inverted
    }

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    func contains(_ byte: UInt8) -> Bool {
        (byte < 64 ? low : high) & (1 &<< UInt64(byte & 63)) != 0
    }
}

/// The partition of the ASCII bytes into classes no set of the pattern tells apart.
private struct ByteClasses {
    /// The class of each byte.
    let ofByte: [Int]
    /// One byte of each class.
    let representatives: [UInt8]

    init(_ sets: [ByteSet]) {
        let distinct = Array(Set(sets))
        var classOf: [[UInt64]: Int] = [:]
        var ofByte: [Int] = []
        var representatives: [UInt8] = []
        for byte in UInt8(0)..<128 {
            // Bit n of the signature: whether the byte is in the n-th distinct set.
            var signature = Array(repeating: UInt64(0), count: (distinct.count + 63) / 64)
            for (index, set) in distinct.enumerated() where set.contains(byte) { signature[index / 64] |= 1 << UInt64(index % 64) }
            if let known = classOf[signature] {
                ofByte.append(known)
            } else {
                classOf[signature] = representatives.count
                ofByte.append(representatives.count)
                representatives.append(byte)
            }
        }
        self.ofByte = ofByte
        self.representatives = representatives
    }
}

/// The nondeterministic automaton of a pattern, built by Thompson's construction.
private struct PatternStates {
    /// For each state, the byte sets that lead on and where.
    var moves: [[(set: ByteSet, to: Int)]] = []
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
                let bytes = ByteSet(set)
                guard let end = repeated(minimum, maximum, from: current, { states, from in states.step(bytes, from: from) }) else { return nil }
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

    private mutating func step(_ bytes: ByteSet, from state: Int) -> Int {
        let next = newState()
        moves[state].append((bytes, next))
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
