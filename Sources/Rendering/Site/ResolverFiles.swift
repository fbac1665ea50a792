import JSONCore

/// The resolver's files of a site: the linkset of every published key, in the key's folder, and
/// the GS1 resolver description file at `.well-known/gs1resolver`.
public enum ResolverFiles {
    /// The files of `site`, each written out as the sequence reaches it, so that a site's linksets
    /// are never all in memory at once.
    public static func files(of site: ResolverSite) -> some Sequence<SiteFile> {
        let writer = JSONWriter(pretty: true)
        let linksets = site.keys.lazy.map { SiteFile(path: $0.linksetFile, bytes: writer.bytes($0.linkset.json)) }
        let description = [ResolverDescription.path].lazy.map { SiteFile(path: $0, bytes: writer.bytes(ResolverDescription.json(of: site))) }
        return [AnySequence(linksets), AnySequence(description)].joined()
    }
}
