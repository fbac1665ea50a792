import Passport
import Spooling
import Synchronization

/// The passports a run publishes, for the site's index page and product pages: each added by its
/// lot's worker once its files are written, and kept in temporary files (``OrderedSpool``) until
/// the pages are written. Memory holds a few dozen bytes a lot and an entry a product, not the
/// lots' lines.
public final class SiteListing: Sendable {
    /// What the listing keeps of a product (a GTIN's folder) in memory.
    fileprivate struct Product: Sendable {
        /// The product's number, in the order the products were first added.
        var number: UInt64
        var lotCount: Int
        /// The number of the product's first lot so far, whose texts its pages show.
        var firstLot: Int
        var texts: ProductTexts
    }

    /// The index page's entries, in the order of their lots' numbers.
    private let entries = OrderedSpool()
    /// The product pages' lots, by their product's number, then their own.
    private let lots = OrderedSpool()
    private let products = Mutex<[[String]: Product]>([:])

    public init() {}

    /// Adds the passport of the `number`th lot, published in `folder`, whose product's text for
    /// people is `texts`.
    public func add(_ passport: Passport, folder: [String], texts: ProductTexts, number: Int) {
        precondition((0..<1 << 32).contains(number), "a lot's number fits in 32 bits")
        let productNumber = products.withLock { products in
            let productFolder = Array(folder.dropLast(2))
            var product = products[productFolder] ?? Product(number: UInt64(products.count), lotCount: 0, firstLot: number, texts: texts)
            product.lotCount += 1
            if number < product.firstLot { (product.firstLot, product.texts) = (number, texts) }
            products[productFolder] = product
            return product.number
        }
        entries.add(SiteIndexPage.Entry(passport: passport, folder: folder).record, order: UInt64(number))
        lots.add(ProductPage.Lot(passport: passport, folder: folder, texts: texts).record, order: productNumber << 32 | UInt64(number))
    }

    /// The passports added; they are handed over, so that a second call gives none.
    public func finish() -> Listed {
        let products = self.products.withLock { products in
            defer { products = [:] }
            return products.values.sorted { $0.number < $1.number }
        }
        return Listed(entries: entries.finish(), lots: lots.finish(), products: products)
    }

    /// The passports of a run, read back from the listing's files as often as needed.
    public struct Listed: Sendable {
        private let entryRecords: OrderedSpool.Records
        private let lotRecords: OrderedSpool.Records
        /// The products, in the order of their numbers.
        private let productsAdded: [Product]

        fileprivate init(entries: OrderedSpool.Records, lots: OrderedSpool.Records, products: [Product]) {
            entryRecords = entries
            lotRecords = lots
            productsAdded = products
        }

        /// How many passports were added.
        public var count: Int { entryRecords.count }

        /// The index page's entries, in the order of their lots' numbers.
        public var entries: some Sequence<SiteIndexPage.Entry> { entryRecords.decoded(SiteIndexPage.Entry.init(record:)) }

        /// The lots of each product, a product at a time (in the order the products were first
        /// added), each product's lots in the order of their numbers and with its first lot's texts.
        public var products: some Sequence<[ProductPage.Lot]> {
            ProductLots(lots: lotRecords.decoded(ProductPage.Lot.init(record:)), products: productsAdded)
        }
    }
}

/// The lots of the products of a ``SiteListing/Listed``, one product's after the other.
private struct ProductLots: Sequence {
    let lots: OrderedSpool.Decoded<ProductPage.Lot>
    let products: [SiteListing.Product]

    func makeIterator() -> Iterator { Iterator(lots: lots.makeIterator(), products: products.makeIterator()) }

    /// Reads as many lots as the next product has.
    struct Iterator: IteratorProtocol {
        var lots: OrderedSpool.Decoded<ProductPage.Lot>.Iterator
        var products: IndexingIterator<[SiteListing.Product]>

        mutating func next() -> [ProductPage.Lot]? {
            guard let product = products.next() else { return nil }
            return (0..<product.lotCount).map { _ in
                // The listing counted each product's lots as it spooled them.
                guard var lot = lots.next() else { preconditionFailure("a product of the listing has fewer lots than it counted") }
                lot.texts = product.texts
                return lot
            }
        }
    }
}
