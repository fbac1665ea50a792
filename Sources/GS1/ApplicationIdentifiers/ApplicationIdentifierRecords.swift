/// The AI definitions as plain values in flat tables, for checks that run on every URI.
///
/// Built once from ``ApplicationIdentifierTable/definitions`` (same order, so an AI's index is
/// the same in both): no class, no string and no nested array is touched when an AI value or a
/// link's pairing is checked, only integers and ranges into the tables below.
struct ApplicationIdentifierRecords: Sendable {
    /// One AI: its code, flags, and where its format, qualifier sequences and pairing rules are.
    struct Record: Sendable {
        /// The AI's digits, as a pattern without wildcards.
        let code: CodePattern
        /// Whether the AI may appear as a Digital Link data attribute.
        let dataAttribute: Bool
        /// The format components, a range of ``components``.
        let components: Range<Int>
        /// The lengths a whole value may have: from the sum of the mandatory components' least
        /// lengths to the sum of every component's greatest.
        let length: ClosedRange<Int>
        /// For a Digital Link primary key, its qualifier sequences, a range of ``sequences``; nil otherwise.
        let sequences: Range<Int>?
        /// The `req=` rules, a range of ``requirements``.
        let requirements: Range<Int>
        /// The `ex=` patterns, a range of ``patterns``.
        let excludes: Range<Int>
    }

    /// One format component: character set, lengths, optional, and its linters (a range of ``linters``).
    struct Component: Sendable {
        let characterSet: GS1CharacterSet
        let length: ClosedRange<Int>
        let optional: Bool
        let linters: Range<Int>
    }

    /// An AI pattern of up to four digits, where `n` stands for any digit (`310n`).
    struct CodePattern: Sendable {
        /// The pattern's bytes, the first in the lowest byte; wildcards are zero.
        private let digits: UInt32
        /// All ones in the bytes of fixed digits, zero in the wildcards'.
        private let mask: UInt32
        private let length: Int

        init(_ text: String) {
            var digits: UInt32 = 0
            var mask: UInt32 = 0
            for (position, byte) in text.utf8.enumerated() where byte != UInt8(ascii: "n") {
                digits |= UInt32(byte) << (8 * position)
                mask |= 0xFF << (8 * position)
            }
            self.digits = digits
            self.mask = mask
            length = text.utf8.count
        }

        /// Whether the AI `code` (a pattern without wildcards) matches this pattern.
        @inline(__always)
        func matches(_ code: CodePattern) -> Bool {
            code.length == length && (code.digits ^ digits) & mask == 0
        }
    }

    /// Every AI, by its index in ``ApplicationIdentifierTable/definitions``.
    let records: [Record]
    let components: [Component]
    let linters: [GS1Linter]
    /// The members of every qualifier sequence, as AI indexes, one sequence after another.
    let sequenceMembers: [Int]
    /// Each qualifier sequence, a range of ``sequenceMembers``.
    let sequences: [Range<Int>]
    /// Each `req=` rule: its alternatives, a range of ``alternatives``.
    let requirements: [Range<Int>]
    /// Each alternative of a `req=` rule: patterns that must all be present, a range of ``patterns``.
    let alternatives: [Range<Int>]
    let patterns: [CodePattern]

    /// The tables of the syntax dictionary.
    static let shared = ApplicationIdentifierRecords(ApplicationIdentifierTable.definitions)

    private init(_ definitions: [ApplicationIdentifier]) {
        var records: [Record] = []
        var components: [Component] = []
        var linters: [GS1Linter] = []
        var sequenceMembers: [Int] = []
        var sequences: [Range<Int>] = []
        var requirements: [Range<Int>] = []
        var alternatives: [Range<Int>] = []
        var patterns: [CodePattern] = []
        /// Appends `items` to `table` and returns where they went.
        func append<Item>(_ items: [Item], to table: inout [Item]) -> Range<Int> {
            table += items
            return (table.count - items.count)..<table.count
        }
        for definition in definitions {
            let componentRange = append(
                definition.format.map { component in
                    Component(
                        characterSet: component.characterSet, length: component.length, optional: component.optional,
                        linters: append(component.linters, to: &linters))
                }, to: &components)
            let sequenceRange = definition.qualifierSequences.map { alternatives in
                append(
                    alternatives.map { sequence in
                        append(sequence.map { ApplicationIdentifierTable.index(of: $0.utf8)! }, to: &sequenceMembers)
                    }, to: &sequences)
            }
            let requirementRange = append(
                definition.requires.map { rule in
                    append(rule.map { append($0.map(CodePattern.init), to: &patterns) }, to: &alternatives)
                }, to: &requirements)
            let least = definition.format.reduce(0) { $0 + ($1.optional ? 0 : $1.length.lowerBound) }
            let most = definition.format.reduce(0) { $0 + $1.length.upperBound }
            records.append(
                Record(
                    code: CodePattern(definition.code), dataAttribute: definition.dataAttribute, components: componentRange,
                    length: least...most,
                    sequences: sequenceRange, requirements: requirementRange,
                    excludes: append(definition.excludes.map(CodePattern.init), to: &patterns)))
        }
        self.records = records
        self.components = components
        self.linters = linters
        self.sequenceMembers = sequenceMembers
        self.sequences = sequences
        self.requirements = requirements
        self.alternatives = alternatives
        self.patterns = patterns
    }
}
