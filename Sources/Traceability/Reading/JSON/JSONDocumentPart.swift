/// A stretch of a JSON document copied out of it, read with the document's own offsets: a
/// batch of events handed to another thread, away from the file's window.
struct JSONDocumentPart: JSONDocumentBytes, Sendable {
    /// The bytes from `start` on.
    let bytes: [UInt8]
    /// The document's offset of the first byte.
    let start: Int

    var count: Int { start + bytes.count }

    func byte(at index: Int) -> UInt8 { bytes[index - start] }

    func withBytes<Result>(from index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withBytes(in: (index - start)..<bytes.count, body)
    }

    func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withBytes(in: (range.lowerBound - start)..<(range.upperBound - start), body)
    }
}
