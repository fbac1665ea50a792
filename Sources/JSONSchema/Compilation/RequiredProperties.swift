import JSONCore

/// The names of a `required` keyword, found in an object in one pass over its keys: each key is
/// looked up in a table of the names, instead of each name being looked for among the keys.
final class RequiredProperties: Sendable {
    /// The names in the schema's order (a repeated one kept, as the schema wrote it).
    let names: [String]
    /// Each distinct name's position, by name.
    private let table: PropertyTable
    /// For each of `names`, the position of its first occurrence.
    private let positions: [Int]
    /// Whether a bit a position can stand for every distinct name (at most 64 of them).
    let fitsInMask: Bool
    /// The bits of every distinct name.
    private let allFound: UInt64

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
        fitsInMask = distinct.count <= 64
        allFound = distinct.count >= 64 ? ~0 : (1 << UInt64(distinct.count)) - 1
    }

    /// The names the object at tape entry `object` lacks, in the schema's order; only for tables that `fitsInMask`.
    func missing(in object: Int, of tape: JSONTape) -> [String] {
        var found: UInt64 = 0
        var key = object + 1
        for _ in 0..<tape.count(of: object) {
            if let position = table.node(forKeyAt: key, in: tape) { found |= 1 << UInt64(position) }
            key = tape.next(after: key + 1)
        }
        guard found != allFound else { return [] }
        return zip(names, positions).compactMap { name, position in found & (1 << UInt64(position)) == 0 ? name : nil }
    }
}
