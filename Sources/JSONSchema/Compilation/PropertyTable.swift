import JSONCore

/// Property names of a schema (`properties`) mapped to node indices, found by exact key.
///
/// Small tables are scanned (comparing lengths first), which beats hashing every instance key;
/// large ones use a dictionary.
struct PropertyTable: Sendable {
    private let names: [String]
    private let namesAreASCII: [Bool]
    private let nodes: [Int]
    private let dictionary: [String: Int]?

    private static let scanLimit = 24

    init(_ entries: [(name: String, node: Int)]) {
        names = entries.map(\.name)
        namesAreASCII = entries.map(\.name.isASCII)
        nodes = entries.map(\.node)
        dictionary = entries.count > Self.scanLimit ? Dictionary(entries, uniquingKeysWith: { first, _ in first }) : nil
    }

    /// The node for the property `key`, if the schema names it.
    func node(for key: String) -> Int? {
        if let dictionary {
            guard let node = dictionary[key], let position = nodes.firstIndex(of: node), names[position].isExactly(key) else { return nil }
            return node
        }
        let length = key.utf8.count
        for position in names.indices where names[position].utf8.count == length && names[position] == key {
            // `==` is canonical equivalence: for an ASCII name of the same length it is byte equality.
            if namesAreASCII[position] || names[position].isExactly(key) { return nodes[position] }
        }
        return nil
    }

    /// Whether the schema names the property `key`.
    func contains(_ key: String) -> Bool { node(for: key) != nil }
}
