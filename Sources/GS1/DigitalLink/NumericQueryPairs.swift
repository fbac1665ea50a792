/// The parameters of a Digital Link query whose key is all digits (an AI, or meant as one), as
/// the ranges of each key and value in the URI's bytes; other parameters and singletons are
/// skipped. Shared by the in-place scanner and the full parser, which read a query alike.
struct NumericQueryPairs<Bytes: Collection<UInt8>>: Sequence, IteratorProtocol where Bytes.Index == Int {
    private let bytes: Bytes
    private let query: Range<Int>
    private var start: Int

    /// The pairs of the query at `query` in `bytes` (after the `?`, before any `#`).
    init(_ bytes: Bytes, in query: Range<Int>) {
        self.bytes = bytes
        self.query = query
        start = query.lowerBound
    }

    mutating func next() -> (key: Range<Int>, value: Range<Int>)? {
        while start <= query.upperBound {
            let end = bytes[start..<query.upperBound].firstIndex(of: UInt8(ascii: "&")) ?? query.upperBound
            defer { start = end + 1 }
            guard let equals = bytes[start..<end].firstIndex(of: UInt8(ascii: "=")), equals > start,
                bytes[start..<equals].allSatisfy(GS1CheckDigit.isDigit)
            else { continue }
            return (start..<equals, (equals + 1)..<end)
        }
        return nil
    }
}
