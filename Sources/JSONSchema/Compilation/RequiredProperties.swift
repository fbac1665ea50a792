import JSONCore

/// The names of a `required` keyword, found in an object in one pass over its keys: each key is
/// looked up in a table of the names, instead of each name being looked for among the keys.
final class RequiredProperties: Sendable {
    /// The names in the schema's order (a repeated one kept, as the schema wrote it).
    private let names: [String]
    /// Each distinct name's position, by name.
    private let table: PropertyTable
    /// For each of `names`, the position of its first occurrence.
    private let positions: [Int]
    /// Each distinct name (by bytes) once, in the schema's order: their positions are the table's.
    let distinctNames: [String]

    init(_ names: [String]) {
        self.names = names
        // `String` keys compare canonically; the table compares bytes, so it gets every distinct byte sequence.
        var distinct: [(name: String, node: Int)] = []
        positions = names.map { name in
            if let known = distinct.first(where: { $0.name.isExactly(name) }) { return known.node }
            distinct.append((name, distinct.count))
            return distinct.count - 1
        }
        table = PropertyTable(distinct)
        distinctNames = distinct.map(\.name)
    }

    /// The names the object at tape entry `object` lacks, in the schema's order: the positions
    /// found are bits of one word for up to 64 distinct names, flags beyond.
    func missing(in object: Int, of tape: JSONTape) -> [String] {
        guard distinctNames.count <= 64 else {
            var found = [Bool](repeating: false, count: distinctNames.count)
            forEachPosition(in: object, of: tape) { found[$0] = true }
            return zip(names, positions).compactMap { name, position in found[position] ? nil : name }
        }
        var found: UInt64 = 0
        forEachPosition(in: object, of: tape) { found |= 1 << UInt64($0) }
        guard found != (distinctNames.count == 64 ? ~0 : (1 << UInt64(distinctNames.count)) - 1) else { return [] }
        return zip(names, positions).compactMap { name, position in found & (1 << UInt64(position)) == 0 ? name : nil }
    }

    /// Calls `body` with the position of each of the object's keys that is a required name.
    private func forEachPosition(in object: Int, of tape: JSONTape, _ body: (Int) -> Void) {
        var key = object + 1
        for _ in 0..<tape.count(of: object) {
            if let position = table.node(forKeyAt: key, in: tape) { body(position) }
            key = tape.next(after: key + 1)
        }
    }
}
