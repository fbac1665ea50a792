/// Byte arrays joined into pieces of at least `pieceSize` bytes (the last may be shorter), each
/// made when it is asked for: a large file written from many small parts without holding it whole.
struct GatheredPieces<Parts: Sequence<[UInt8]>>: Sequence {
    let parts: Parts
    let pieceSize: Int

    func makeIterator() -> Iterator { Iterator(parts: parts.makeIterator(), pieceSize: pieceSize) }

    /// Gathers parts until a piece is full or the parts end.
    struct Iterator: IteratorProtocol {
        private var parts: Parts.Iterator
        private let pieceSize: Int
        private var isFinished = false

        fileprivate init(parts: Parts.Iterator, pieceSize: Int) {
            self.parts = parts
            self.pieceSize = pieceSize
        }

        mutating func next() -> [UInt8]? {
            guard !isFinished else { return nil }
            var piece: [UInt8] = []
            while piece.count < pieceSize {
                guard let part = parts.next() else {
                    isFinished = true
                    return piece.isEmpty ? nil : piece
                }
                piece += part
            }
            return piece
        }
    }
}
