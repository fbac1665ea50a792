import GS1

/// The keys a site publishes and the linkset of each: every lot, every product (GTIN alone)
/// above its lots, and every item (a serial under its lot) the events name. What the linkset
/// files, the resolver description file and the nginx configuration are written from.
public struct ResolverSite: Sendable {
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
    /// The products first, each followed by its lots in the order of `lots`, each lot by its items.
    public let keys: [Key]

    /// The keys of a site at `baseURL` publishing `lots`.
    public init(lots: [Lot], baseURL: String, publisherName: String) {
        self.baseURL = baseURL
        self.publisherName = publisherName
        var keys: [Key] = []
        var products: [[String]] = []
        var lotsOfProduct: [[String]: [Lot]] = [:]
        for lot in lots {
            let product = Array(lot.folder.prefix(2))
            if lotsOfProduct[product] == nil { products.append(product) }
            lotsOfProduct[product, default: []].append(lot)
        }
        for product in products {
            let lots = lotsOfProduct[product] ?? []
            let anchor = baseURL + "/" + product.joined(separator: "/")
            let productContext = KeyLinks.product(anchor: anchor, name: lots[0].productName)
            keys.append(Key(level: .product, folder: product, linkset: Linkset(contexts: [productContext])))
            for lot in lots {
                keys.append(Key(level: .lot, folder: lot.folder, linkset: Linkset(contexts: [lot.context, productContext])))
                keys += Self.itemKeys(of: lot, productContext: productContext)
            }
        }
        self.keys = keys
    }

    /// The keys of the items of `lot`, whose linksets walk up from the item to its lot and product.
    /// A serial that is not a valid AI 21 value under the lot's Digital Link is not published.
    private static func itemKeys(of lot: Lot, productContext: Linkset.Context) -> [Key] {
        guard let lotLink = try? DigitalLink.parse(lot.context.anchor), let gtin = lotLink.gtin else { return [] }
        return lot.serials.compactMap { serial in
            guard let item = try? DigitalLink.product(gtin: gtin, lot: lotLink.lot, serial: serial, base: lotLink.base) else { return nil }
            let context = KeyLinks.item(serial: serial, anchor: item.uri, of: lot.context)
            return Key(level: .item, folder: item.publishingPath(), linkset: Linkset(contexts: [context, lot.context, productContext]))
        }
    }
}
