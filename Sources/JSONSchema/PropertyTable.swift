import JSONCore

/// Property names of a schema (`properties`) mapped to node indices, found by exact key.
///
/// Small tables are scanned (comparing lengths first), which beats hashing every instance key;
/// large ones use a dictionary.
struct PropertyTable: Sendable {
    private let names: [String]
    private let nodes: [Int]
    private let dictionary: [String: Int]?

    private static let scanLimit = 24

    init(_ entries: [(name: String, node: Int)]) {
        names = entries.map(\.name)
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
        for (position, name) in names.enumerated() where name.utf8.count == length && name.isExactly(key) {
            return nodes[position]
        }
        return nil
    }

    /// Whether the schema names the property `key`.
    func contains(_ key: String) -> Bool { node(for: key) != nil }
}
