extension JSONWriter {
    /// The text ``bytes(_:)`` writes for an object whose first member `key` is an array of
    /// `elements` and whose other members are `rest`, in pieces of about `pieceSize` bytes, each
    /// made when it is asked for: the elements are taken one at a time, so neither the array
    /// nor its text is ever held whole (a run's report lists every passport). With `sortKeys`,
    /// every key of `rest` must sort after `key`, so that the array is the first member still.
    public func objectPieces<Elements: Sequence<JSONValue>>(
        array key: String, of elements: Elements, then rest: JSONObject, pieceSize: Int = 1 << 20
    ) -> ObjectPieces<Elements.Iterator> {
        precondition(
            !sortKeys || rest.members.allSatisfy { key.utf8.lexicographicallyPrecedes($0.key.utf8) },
            "a sorted object's array member must sort first")
        return ObjectPieces(writer: self, key: key, elements: elements.makeIterator(), rest: rest, pieceSize: pieceSize)
    }

    /// The pieces of an object written by ``objectPieces(array:of:then:pieceSize:)``.
    public struct ObjectPieces<Elements: IteratorProtocol<JSONValue>>: Sequence, IteratorProtocol {
        private let writer: JSONWriter
        private let key: String
        private var elements: Elements
        private let rest: JSONObject
        private let pieceSize: Int
        /// How many elements have been written; nil before the object's start is.
        private var written: Int?
        private var isFinished = false

        fileprivate init(writer: JSONWriter, key: String, elements: Elements, rest: JSONObject, pieceSize: Int) {
            self.writer = writer
            self.key = key
            self.elements = elements
            self.rest = rest
            self.pieceSize = pieceSize
        }

        public mutating func next() -> [UInt8]? {
            guard !isFinished else { return nil }
            var piece: [UInt8] = []
            if written == nil {
                piece.append(UInt8(ascii: "{"))
                writer.newline(1, into: &piece)
                writer.writeMember(key, into: &piece)
                written = 0
            }
            while piece.count < pieceSize, let count = written {
                guard let element = elements.next() else {
                    finish(afterElements: count, into: &piece)
                    break
                }
                piece.append(count == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
                writer.newline(2, into: &piece)
                writer.write(element, indent: 2, into: &piece)
                written = count + 1
            }
            return piece
        }

        /// Writes the end of the array of `count` elements, the other members and the object's end.
        private mutating func finish(afterElements count: Int, into piece: inout [UInt8]) {
            if count == 0 {
                piece += "[]".utf8
            } else {
                writer.newline(1, into: &piece)
                piece.append(UInt8(ascii: "]"))
            }
            for member in writer.orderedMembers(of: rest) {
                piece.append(UInt8(ascii: ","))
                writer.newline(1, into: &piece)
                writer.writeMember(member.key, into: &piece)
                writer.write(member.value, indent: 1, into: &piece)
            }
            writer.newline(0, into: &piece)
            piece.append(UInt8(ascii: "}"))
            if writer.pretty { piece.append(0x0A) }
            isFinished = true
        }
    }
}
