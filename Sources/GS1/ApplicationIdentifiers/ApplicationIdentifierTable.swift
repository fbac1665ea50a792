/// The AI definitions, read once from ``source``, and their lookup by digits without allocating.
enum ApplicationIdentifierTable {
    /// The definition of the AI spelt by `bytes` (two to four ASCII digits), or nil.
    @inline(__always)
    static func definition(of bytes: ArraySlice<UInt8>) -> ApplicationIdentifier? {
        index(of: bytes).map { definitions[$0] }
    }

    /// The index in ``definitions`` of the AI spelt by `bytes` (two to four ASCII digits), or nil.
    @inline(__always)
    static func index(of bytes: some Collection<UInt8>) -> Int? {
        guard let slot = slot(of: bytes) else { return nil }
        let index = slots[slot]
        return index < 0 ? nil : Int(index)
    }

    /// Every application identifier of the dictionary, ranges expanded, in lexical order.
    static let definitions: [ApplicationIdentifier] = parts(of: source[...], by: "\n").enumerated().map {
        definition(from: $0.element, index: $0.offset)
    }

    /// Slots 0-99 hold two-digit AIs, 100-1099 three-digit, 1100-11099 four-digit ones.
    @inline(__always)
    private static func slot(of bytes: some Collection<UInt8>) -> Int? {
        let count = bytes.count
        guard (2...4).contains(count) else { return nil }
        var value = 0
        for byte in bytes {
            guard GS1CheckDigit.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        switch count {
        case 2: return value
        case 3: return 100 + value
        default: return 1100 + value
        }
    }

    private static let slots: [Int16] = {
        var slots = [Int16](repeating: -1, count: 11100)
        for (index, definition) in definitions.enumerated() {
            slots[slot(of: Array(definition.code.utf8)[...])!] = Int16(index)
        }
        return slots
    }()

    /// One line of ``source`` (AI, flags, format, attributes, title: see there), the `index`-th.
    private static func definition(from line: Substring, index: Int) -> ApplicationIdentifier {
        let fields = parts(of: line, by: "\t", keepingEmpty: true).map(String.init)
        precondition(fields.count == 5, "malformed AI table line: \(line)")
        let code = fields[0]
        var requires: [[[String]]] = []
        var excludes: [String] = []
        var sequences: [[String]]?
        for attribute in parts(of: fields[3][...], by: " ") where attribute != "-" {
            let name = attribute.prefix { $0 != "=" }
            let value = attribute.dropFirst(name.count + 1)
            switch name {
            case "req": requires.append(parts(of: value, by: ",").map { parts(of: $0, by: "+").map(String.init) })
            case "ex": excludes += parts(of: value, by: ",").map(String.init)
            case "dlpkey": sequences = parts(of: value, by: "|", keepingEmpty: true).map { parts(of: $0, by: ",").map(String.init) }
            default: preconditionFailure("unknown attribute in the AI table: \(attribute)")
            }
        }
        return ApplicationIdentifier(
            code, index: index, title: fields[4] == "-" ? "" : fields[4], fixedLength: fields[1].contains("*"),
            dataAttribute: fields[1].contains("?"),
            format: parts(of: fields[2][...], by: " ").map { component(from: $0) },
            qualifierSequences: sequences, requires: requires, excludes: excludes)
    }

    /// The parts of `text` between `separator`s, split over its bytes: the table is ASCII, and
    /// splitting by characters (grapheme breaking) made building it most of a short run's time.
    private static func parts(of text: Substring, by separator: Unicode.Scalar, keepingEmpty: Bool = false) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: separator), omittingEmptySubsequences: !keepingEmpty).map { Substring($0) }
    }

    /// A format component such as `N14,csum,gcppos2`, `X..20` or `[N3],iso3166`.
    private static func component(from text: Substring) -> ApplicationIdentifier.FormatComponent {
        let optional = text.hasPrefix("[")
        let words = parts(
            of: Substring(String(decoding: text.utf8.filter { $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "]") }, as: UTF8.self)), by: ",")
        let type = words[0]
        let characterSet: GS1CharacterSet =
            switch type.utf8.first.map(Unicode.Scalar.init) {
            case "N": .numeric
            case "X": .cset82
            case "Y": .cset39
            case "Z": .cset64
            default: preconditionFailure("unknown character set in the AI table: \(text)")
            }
        let variable = type.dropFirst().hasPrefix("..")
        guard let length = Int(type.dropFirst(variable ? 3 : 1)) else { preconditionFailure("bad length in the AI table: \(text)") }
        let linters = words.dropFirst().map { name -> GS1Linter in
            guard let linter = GS1Linter(rawValue: String(name)) else { preconditionFailure("unknown linter in the AI table: \(name)") }
            return linter
        }
        return .init(characterSet, (variable ? 1 : length)...length, optional: optional, linters: linters)
    }
}
