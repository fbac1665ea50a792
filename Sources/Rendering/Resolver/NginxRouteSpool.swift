import Spooling

/// The nginx routes of a site's lots, each lot's recorded by its worker as soon as its linksets
/// are written and kept in a temporary file (``OrderedSpool``) until the configuration is
/// written: memory holds 16 bytes a lot, not its keys' paths and targets.
public final class NginxRouteSpool: Sendable {
    private let records = OrderedSpool()

    public init() {}

    /// Records the routes of the keys of the `number`th lot (its own, then its items').
    public func add(_ routes: [NginxRoute], lot number: Int) {
        precondition(number >= 0, "a lot's number is not negative")
        var writer = RecordWriter()
        for route in routes { route.append(to: &writer) }
        records.add(writer.bytes, order: UInt64(number))
    }

    /// `held`, then the routes recorded, in the order of their lots; they are handed over, so
    /// that a second call gives `held` alone.
    public func routes(after held: [NginxRoute]) -> NginxRoutes {
        NginxRoutes(held: held, spooled: records.finish())
    }
}

/// The routes of a site's keys in the order the configuration lists them: those held in memory
/// (the products'), then those of a spool. It can be read as many times as the configuration
/// needs, each time from its spool's file.
public struct NginxRoutes: Sequence, Sendable {
    private let held: [NginxRoute]
    private let spooled: OrderedSpool.Records?

    /// The routes `held`, in their order.
    public init(_ held: [NginxRoute]) {
        self.init(held: held, spooled: nil)
    }

    fileprivate init(held: [NginxRoute], spooled: OrderedSpool.Records?) {
        self.held = held
        self.spooled = spooled
    }

    public func makeIterator() -> Iterator {
        Iterator(held: held.makeIterator(), reader: spooled?.reader(), count: spooled?.count ?? 0)
    }

    /// Gives the routes held, then those of each spooled lot.
    public struct Iterator: IteratorProtocol {
        private var held: IndexingIterator<[NginxRoute]>
        private var reader: OrderedSpool.Reader?
        private let count: Int
        private var record = 0
        /// The routes of the lot being read, the next last.
        private var pending: [NginxRoute] = []

        fileprivate init(held: IndexingIterator<[NginxRoute]>, reader: OrderedSpool.Reader?, count: Int) {
            self.held = held
            self.reader = reader
            self.count = count
        }

        public mutating func next() -> NginxRoute? {
            if let route = held.next() { return route }
            while pending.isEmpty {
                guard record < count, reader != nil else { return nil }
                pending = reader!.withRecord(record) { NginxRoute.routes(inRecords: $0) }.reversed()
                record += 1
            }
            return pending.removeLast()
        }
    }
}
