import Synchronization

/// The redirect tables of a site's products and lots, each kept once however many keys share it,
/// and the route of each key: filled from several threads as the lots are written.
///
/// A table is numbered in the order it is first met, which depends on the threads; the
/// configuration numbers its profiles again in the order of the routes (``NginxTargetMaps``).
public final class NginxRouteTables: Sendable {
    /// The tables met so far and the number of each.
    private struct Registry: Sendable {
        var numbers: [NginxRedirectTable: Int] = [:]
        var tables: [NginxRedirectTable] = []
    }

    /// The base URL of the site, without a trailing slash.
    let baseURL: String
    private let registry = Mutex(Registry())

    /// The tables of the keys of `site`.
    public init(site: ResolverSite) {
        baseURL = site.baseURL
    }

    /// Every table met so far, by its number.
    var tables: [NginxRedirectTable] { registry.withLock { $0.tables } }

    /// The route of `key`, its redirect table kept here.
    public func route(of key: ResolverSite.Key) -> NginxRoute {
        let anchor = key.context.anchor
        let path = NginxConfiguration.path(of: anchor, baseURL: baseURL)
        let folder = "/" + key.folder.joined(separator: "/")
        let folderURL = KeyLinks.folderURL(anchor: anchor, folder: key.folder)
        guard key.level != .item else {
            return NginxRoute(level: key.level, path: path, folder: folder, folderURL: folderURL, baseURL: baseURL, table: nil, slots: [])
        }
        var targets = NginxKeyTargets(anchor: anchor, path: path, baseURL: baseURL)
        let table = NginxRedirectTable(context: key.context, targets: &targets)
        let number = registry.withLock { registry in
            if let known = registry.numbers[table] { return known }
            registry.numbers[table] = registry.tables.count
            registry.tables.append(table)
            return registry.tables.count - 1
        }
        return NginxRoute(
            level: key.level, path: path, folder: folder, folderURL: folderURL, baseURL: baseURL, table: number,
            slots: targets.slots.map(NginxConfiguration.target))
    }
}
