import Spooling

/// The identifiers of several documents, each document's in a table of its own, numbered as one
/// walk over the documents in order numbers them: the first document's in its order, then each
/// later one's not named before, in its order.
///
/// Tables are kept side by side rather than copied into one: joining them so took as long as
/// walking the records again, on one thread, after the files were read. Here each identifier of
/// a later document is only looked for in the tables before it (with the hash its table kept),
/// on the run's workers, and the numbering is a pass over flags.
struct JoinedIdentifiers: Sendable {
    /// Each document's identifiers, numbered in the order first named in it.
    private let tables: [ByteKeyedTable<Void>]
    /// For each document, the number of each of its identifiers (by its number in the document).
    private let numbers: [[Int32]]
    /// For each number, the document that named the identifier first and its number there.
    private let firstNamed: [(document: Int32, local: Int32)]

    init(_ tables: [ByteKeyedTable<Void>], parallel: ParallelLoop) {
        self.tables = tables
        // For each identifier of each later document: the first earlier document that holds
        // it, and its number there (packed: the document in the high half), or -1.
        let earlier = parallel.map(tables.count) { document -> [Int64] in
            guard document > 0 else { return [] }
            let table = tables[document]
            return (0..<table.count).map { local in
                let hash = table.hash(at: local)
                return table.withKey(at: local) { key in
                    for before in 0..<document {
                        if let found = tables[before].index(of: key, hash: hash) { return Int64(before) << 32 | Int64(found) }
                    }
                    return -1
                }
            }
        }
        var numbers: [[Int32]] = []
        var firstNamed: [(document: Int32, local: Int32)] = []
        for document in tables.indices {
            var own = [Int32](repeating: 0, count: tables[document].count)
            for local in own.indices {
                if document > 0, earlier[document][local] >= 0 {
                    let found = earlier[document][local]
                    own[local] = numbers[Int(found >> 32)][Int(found & 0xFFFF_FFFF)]
                } else {
                    own[local] = Int32(firstNamed.count)
                    firstNamed.append((Int32(document), Int32(local)))
                }
            }
            numbers.append(own)
        }
        self.numbers = numbers
        self.firstNamed = firstNamed
    }

    /// How many identifiers the documents name, each once.
    var count: Int { firstNamed.count }

    /// The number of the identifier the `document`-th document numbers `local`.
    func number(document: Int, local: Int32) -> Int32 { numbers[document][Int(local)] }

    /// The number of `key`, if a document names it.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = ByteHash.hash(key)
        for (document, table) in tables.enumerated() {
            if let local = table.index(of: key, hash: hash) { return Int(numbers[document][local]) }
        }
        return nil
    }

    /// Calls `body` with the bytes of the identifier numbered `number`.
    func withKey<Result>(at number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let place = firstNamed[number]
        return tables[Int(place.document)].withKey(at: Int(place.local), body)
    }
}
