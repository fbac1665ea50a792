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
    /// Each spooled lot's routes, decoded as they are reached.
    private let spooled: OrderedSpool.Decoded<[NginxRoute]>?

    /// The routes `held`, in their order.
    public init(_ held: [NginxRoute]) {
        self.init(held: held, spooled: nil)
    }

    fileprivate init(held: [NginxRoute], spooled: OrderedSpool.Records?) {
        self.held = held
        self.spooled = spooled?.decoded(NginxRoute.routes(inRecords:))
    }

    public func makeIterator() -> Iterator { Iterator(held: held.makeIterator(), lots: spooled?.makeIterator()) }

    /// Gives the routes held, then those of each spooled lot.
    public struct Iterator: IteratorProtocol {
        private var held: IndexingIterator<[NginxRoute]>
        private var lots: OrderedSpool.Decoded<[NginxRoute]>.Iterator?
        /// The rest of the routes of the lot being read.
        private var pending: IndexingIterator<[NginxRoute]> = [].makeIterator()

        fileprivate init(held: IndexingIterator<[NginxRoute]>, lots: OrderedSpool.Decoded<[NginxRoute]>.Iterator?) {
            self.held = held
            self.lots = lots
        }

        public mutating func next() -> NginxRoute? {
            if let route = held.next() { return route }
            while true {
                if let route = pending.next() { return route }
                guard let routes = lots?.next() else { return nil }
                pending = routes.makeIterator()
            }
        }
    }
}
