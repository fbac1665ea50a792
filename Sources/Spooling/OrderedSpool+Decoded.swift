extension OrderedSpool.Records {
    /// The records in order, each made into an element by `decode` when the sequence reaches it;
    /// the sequence can be read as many times as needed, each time from the spool's file.
    public func decoded<Element>(_ decode: @escaping @Sendable (UnsafeRawBufferPointer) -> Element) -> OrderedSpool.Decoded<Element> {
        OrderedSpool.Decoded(records: self, decode: decode)
    }
}

extension OrderedSpool {
    /// The records of a spool in order, each decoded as it is reached (``Records/decoded(_:)``).
    public struct Decoded<Element>: Sequence, Sendable {
        fileprivate let records: Records
        fileprivate let decode: @Sendable (UnsafeRawBufferPointer) -> Element

        public func makeIterator() -> Iterator { Iterator(reader: records.reader(), count: records.count, decode: decode) }

        /// Decodes one record after the other.
        public struct Iterator: IteratorProtocol {
            private var reader: Reader
            private let count: Int
            private let decode: @Sendable (UnsafeRawBufferPointer) -> Element
            private var index = 0

            fileprivate init(reader: Reader, count: Int, decode: @escaping @Sendable (UnsafeRawBufferPointer) -> Element) {
                self.reader = reader
                self.count = count
                self.decode = decode
            }

            public mutating func next() -> Element? {
                guard index < count else { return nil }
                defer { index += 1 }
                return reader.withRecord(index, decode)
            }
        }
    }
}
