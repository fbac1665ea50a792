/// The bytes of a JSON document as ``JSONSkeleton`` walks them: held in memory, or read from a
/// file where they are needed (``JSONFileBytes``).
protocol JSONDocumentBytes {
    /// The number of bytes of the document.
    var count: Int { get }

    /// The byte at `index`, below `count`.
    func byte(at index: Int) throws(JSONSkeletonStop) -> UInt8

    /// Calls `body` with the bytes from `index` (below `count`) on, as many as are at hand: at
    /// least one, perhaps not all; `body` must not read other bytes of the document while it runs.
    func withBytes<Result>(from index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(JSONSkeletonStop) -> Result

    /// Calls `body` with the bytes of `range`, which lies within the document; `body` must not
    /// read other bytes of the document while it runs.
    func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(JSONSkeletonStop) -> Result
}

extension Array: JSONDocumentBytes where Element == UInt8 {
    func byte(at index: Int) -> UInt8 { self[index] }

    func withBytes<Result>(from index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withBytes(in: index..<count, body)
    }

    func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
