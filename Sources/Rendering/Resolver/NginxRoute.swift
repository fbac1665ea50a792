/// What the nginx configuration holds of one published key, worked out when its linkset is
/// written so that a run keeps a few strings a key, not its links: where the key is, which
/// redirect table answers it, and the targets of that table that are the key's own.
public struct NginxRoute: Sendable {
    public let level: ResolverSite.Key.Level
    /// The key's path below the host, as nginx decodes it in `$uri`.
    let path: String
    /// The key's folder below the site root (`/01/…`), where it is not `path` (a percent-encoded lot).
    let ownFolder: String?
    /// The URL of the key's folder, where it is not the base URL and the folder.
    let ownFolderURL: String?
    /// The number of the key's redirect table in its ``NginxRouteTables``; none for an item,
    /// which its lot answers.
    let table: Int?
    /// The targets of the table that are the key's own, as map values: `$dpp_slot_1`'s first.
    let slots: [String]

    /// The route of the key at `path` (as nginx decodes it) in `folder`, whose files are at
    /// `folderURL` on the site at `baseURL`.
    init(level: ResolverSite.Key.Level, path: String, folder: String, folderURL: String, baseURL: String, table: Int?, slots: [String]) {
        self.level = level
        self.path = path
        ownFolder = folder == path ? nil : folder
        ownFolderURL = folderURL == baseURL + folder ? nil : folderURL
        self.table = table
        self.slots = slots
    }

    /// The route of these parts, as ``append(to:)`` wrote them.
    init(level: ResolverSite.Key.Level, path: String, ownFolder: String?, ownFolderURL: String?, table: Int?, slots: [String]) {
        self.level = level
        self.path = path
        self.ownFolder = ownFolder
        self.ownFolderURL = ownFolderURL
        self.table = table
        self.slots = slots
    }

    /// The key's folder below the site root, `/01/…`.
    var folder: String { ownFolder ?? path }

    /// The URL of the key's folder on the site at `baseURL`.
    func folderURL(baseURL: String) -> String { ownFolderURL ?? baseURL + folder }
}
