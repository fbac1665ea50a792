import JSONCore

/// The resolver's files of a site: the linkset of every published key, in the key's folder, and
/// the GS1 resolver description file at `.well-known/gs1resolver`.
public enum ResolverFiles {
    /// The files of `site`.
    public static func files(of site: ResolverSite) -> [SiteFile] {
        let writer = JSONWriter(pretty: true)
        return site.keys.map { SiteFile(path: $0.linksetFile, bytes: writer.bytes($0.linkset.json)) }
            + [SiteFile(path: ResolverDescription.path, bytes: writer.bytes(ResolverDescription.json(of: site)))]
    }
}
