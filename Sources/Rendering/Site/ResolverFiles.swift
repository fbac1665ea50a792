import JSONCore

/// The resolver's files of a site: the linkset of every published key, in the key's folder, and
/// the GS1 resolver description file at `.well-known/gs1resolver`.
public enum ResolverFiles {
    /// The linkset file of `key`, one of a site's keys: made key by key (in parallel, when the
    /// caller likes), so that a site's linksets are never all in memory at once.
    public static func linkset(of key: ResolverSite.Key) -> SiteFile {
        SiteFile(path: key.linksetFile, bytes: JSONWriter(pretty: true).bytes(key.linkset.json))
    }

    /// The resolver description file of `site`.
    public static func description(of site: ResolverSite) -> SiteFile {
        SiteFile(path: ResolverDescription.path, bytes: JSONWriter(pretty: true).bytes(ResolverDescription.json(of: site)))
    }
}
