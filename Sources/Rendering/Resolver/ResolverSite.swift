import GS1

/// The resolver of a site: where it is, who runs it, and the keys it publishes with the linkset
/// of each: every lot, every product (GTIN alone) above its lots, and every item (a serial under
/// its lot) the events name. A lot's keys are worked out from the lot alone, so that each can be
/// written as soon as its lot is, and a site's linksets are never all in memory at once.
public struct ResolverSite: Sendable {
    /// A published product: its folder (`01/<gtin>`) and its name.
    public struct Product: Sendable, Hashable {
        public var folder: [String]
        public var name: String

        public init(folder: [String], name: String) {
            self.folder = folder
            self.name = name
        }
    }

    /// A published lot: its folder (the Digital Link path made safe) and its linkset context.
    public struct Lot: Sendable, Hashable {
        public var folder: [String]
        public var productName: String
        public var context: Linkset.Context
        /// The serial numbers of the lot's items the events name, each published as a key of its own.
        public var serials: [String]

        public init(folder: [String], productName: String, context: Linkset.Context, serials: [String] = []) {
            self.folder = folder
            self.productName = productName
            self.context = context
            self.serials = serials
        }

        /// The product above the lot.
        public var product: Product { Product(folder: Array(folder.prefix(2)), name: productName) }
    }

    /// A key the resolver answers: its folder below the site root and its linkset, whose first
    /// context is the key itself and the others the levels above it.
    public struct Key: Sendable, Hashable {
        /// What a key identifies.
        public enum Level: Sendable, Hashable {
            case product, lot, item
        }

        public var level: Level
        public var folder: [String]
        public var linkset: Linkset

        /// The key's own links.
        public var context: Linkset.Context { linkset.contexts[0] }
        /// The path of the key's linkset file below the site root.
        public var linksetFile: [String] { folder + [Linkset.fileName] }
    }

    /// The site's base URL, without a trailing slash.
    public let baseURL: String
    /// Who publishes the site, named in the resolver description file.
    public let publisherName: String

    public init(baseURL: String, publisherName: String) {
        self.baseURL = baseURL
        self.publisherName = publisherName
    }

    /// The key of `product`, whose linkset is its own context alone.
    public func key(of product: Product) -> Key {
        Key(level: .product, folder: product.folder, linkset: Linkset(contexts: [context(of: product)]))
    }

    /// The keys of `lot`: the lot's own, then each of its items', whose linksets walk up to the
    /// lot and its product. A serial that is not a valid AI 21 value under the lot's Digital Link
    /// is not published.
    public func keys(of lot: Lot) -> [Key] {
        let productContext = context(of: lot.product)
        let lotKey = Key(level: .lot, folder: lot.folder, linkset: Linkset(contexts: [lot.context, productContext]))
        guard !lot.serials.isEmpty, let lotLink = try? DigitalLink.parse(lot.context.anchor), let gtin = lotLink.gtin else { return [lotKey] }
        return [lotKey]
            + lot.serials.compactMap { serial in
                guard let item = try? DigitalLink.product(gtin: gtin, lot: lotLink.lot, serial: serial, base: lotLink.base) else { return nil }
                let context = KeyLinks.item(serial: serial, anchor: item.uri, of: lot.context)
                return Key(level: .item, folder: item.publishingPath(), linkset: Linkset(contexts: [context, lot.context, productContext]))
            }
    }

    /// The linkset context of `product`.
    private func context(of product: Product) -> Linkset.Context {
        KeyLinks.product(anchor: baseURL + "/" + product.folder.joined(separator: "/"), name: product.name)
    }
}
