import Rendering

/// The resolver's outputs of a run: each lot's linksets written by the lot's worker as soon as
/// its passport's files are (``publish(_:number:)``), which spools only what nginx needs of each
/// key; then the products' linksets, the resolver description and the nginx configuration
/// (``finish(nginx:)``). A run thus never holds its lots' links or routes, only a product's name
/// for each of its products.
struct ResolverPublication: Sendable {
    let site: ResolverSite
    let staging: SiteStaging
    /// The redirect tables of the keys, when an nginx configuration is asked for.
    let tables: NginxRouteTables?
    /// The routes of the lots' keys, when an nginx configuration is asked for.
    private let lotRoutes: NginxRouteSpool?
    /// The products of the lots published.
    private let products = FirstNamedProducts()

    /// The publication of `site`'s resolver files into `staging`, with the nginx routes of its
    /// keys when `routed`.
    init(site: ResolverSite, staging: SiteStaging, routed: Bool) {
        self.site = site
        self.staging = staging
        tables = routed ? NginxRouteTables(site: site) : nil
        lotRoutes = routed ? NginxRouteSpool() : nil
    }

    /// Writes the linksets of the keys of `lot` (the lot's and its items'), the `number`th of the
    /// run, and spools their nginx routes when a configuration is asked for. A lot whose passport
    /// was staged by its inputs, which make its linksets too, from the site published at
    /// `sitePath` has that site's linksets staged as they are, without being rendered and
    /// compared; one that site lacks is written.
    func publish(_ lot: ResolverSite.Lot, number: Int, unchangedIn sitePath: String? = nil) throws(SiteStaging.Failure) {
        var routes: [NginxRoute] = []
        for key in site.keys(of: lot) {
            var staged = false
            if let sitePath { staged = try staging.reuse(key.linksetFile.joined(separator: "/"), from: sitePath) }
            if !staged { try staging.writeUnlessUnchanged(ResolverFiles.linkset(of: key)) }
            if let tables { routes.append(tables.route(of: key)) }
        }
        lotRoutes?.add(routes, lot: number)
        products.add(lot.product, lot: number)
    }

    /// Writes the linksets of the products of the lots published, each once (named as its lot of
    /// the lowest number names it), and the resolver description, and returns the configuration
    /// `nginx` asks for, whose keys are the products, in the order of their first lots, then the
    /// lots published, in the order of their numbers.
    ///
    /// - Throws: ``SiteStaging/Failure`` for a file, ``NginxConfiguration/Failure`` for the configuration.
    func finish(nginx: NginxOutput?) throws -> NginxConfiguration? {
        var routes: [NginxRoute] = []
        for product in products.inOrder() {
            let key = site.key(of: product)
            try staging.writeUnlessUnchanged(ResolverFiles.linkset(of: key))
            if let tables { routes.append(tables.route(of: key)) }
        }
        try staging.writeUnlessUnchanged(ResolverFiles.description(of: site))
        guard let nginx, let tables, let lotRoutes else { return nil }
        return try nginx.configuration(of: site, routes: lotRoutes.routes(after: routes), tables: tables, siteFolder: staging.target)
    }
}
