import Rendering
import Testing

/// What the nginx configuration refuses to be written for, and what it holds for a site's keys.
@Suite struct NginxConfigurationTests {
    /// One lot, L1, of the product 09521234000112, at `baseURL`.
    static func lot(baseURL: String) -> ResolverSite.Lot {
        let page = Linkset.Link(href: baseURL + "/01/09521234000112/10/L1/index.html", title: "page", hreflang: ["en"], type: "text/html")
        let context = Linkset.Context(
            anchor: baseURL + "/01/09521234000112/10/L1", itemDescription: "Sweater, lot L1",
            links: [.defaultLink: [page], .defaultLinkMulti: [page], .pip: [page]])
        return ResolverSite.Lot(folder: ["01", "09521234000112", "10", "L1"], productName: "Sweater", context: context)
    }

    /// The configuration of the site at `baseURL` publishing `lots` (one when none are given): its
    /// products' keys first, then each lot's, as `dpp generate` orders them.
    static func configuration(
        baseURL: String, lots: [ResolverSite.Lot]? = nil, siteFolder: String = "/srv/site", folder: String = "/etc/dpp", listen: String = "80"
    ) throws(NginxConfiguration.Failure) -> NginxConfiguration {
        let site = ResolverSite(baseURL: baseURL, publisherName: "Khangai")
        let tables = NginxRouteTables(site: site)
        let lots = lots ?? [lot(baseURL: baseURL)]
        var products: [ResolverSite.Product] = []
        for lot in lots where !products.contains(lot.product) { products.append(lot.product) }
        let routes = products.map { tables.route(of: site.key(of: $0)) } + lots.flatMap { site.keys(of: $0).map(tables.route(of:)) }
        return try NginxConfiguration(
            site: site, routes: NginxRoutes(routes), tables: tables, siteFolder: siteFolder, folder: folder, listen: listen)
    }

    /// The text of `configuration`'s `site.conf`, its pieces joined.
    static func siteConf(_ configuration: NginxConfiguration) -> String {
        var bytes: [UInt8] = []
        configuration.siteConf { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aBaseURLWithAPathABadListenOrARelativeFolderIsRefused() {
        #expect(throws: NginxConfiguration.Failure.self) { try Self.configuration(baseURL: "https://x.example/dpp") }
        #expect(throws: NginxConfiguration.Failure.self) { try Self.configuration(baseURL: "https://x.example", listen: "80; evil") }
        #expect(throws: NginxConfiguration.Failure.self) { try Self.configuration(baseURL: "https://x.example", siteFolder: "site") }
        #expect(throws: NginxConfiguration.Failure.self) { try Self.configuration(baseURL: "https://x.example", siteFolder: "/srv/si\"te") }
    }

    /// What `--listen` may be, worked out from nginx's `listen` directive (address:port, port,
    /// an IPv6 address in brackets): a port of 99999 or 0 was written into the configuration,
    /// and nginx refused to start on it.
    @Test(arguments: [
        ("8080", true), ("1", true), ("65535", true), ("127.0.0.1:8080", true), ("[::1]:8080", true), ("localhost:80", true),
        ("dpp-host.example:443", true), ("99999", false), ("0", false), ("65536", false), ("123456", false), (":80", false),
        ("1.2.3.4:", false), ("[::1]", false), ("[]:80", false), ("80; evil", false), ("a b:80", false), ("", false), ("٣٣", false),
    ])
    func theListenAddressIsAPortOrAnAddressAndAPort(listen: String, accepted: Bool) {
        #expect(NginxConfiguration.isListenAddress(listen) == accepted)
        #expect((try? Self.configuration(baseURL: "https://x.example", listen: listen)) != nil || !accepted)
    }

    @Test func theServerBlockNamesTheHostRootAndEveryKey() throws {
        let configuration = try Self.configuration(baseURL: "https://x.example:8443", listen: "127.0.0.1:8080")
        #expect(Self.siteConf(configuration).contains("    listen 127.0.0.1:8080;\n    server_name x.example;\n    root /srv/site;\n"))
        // The product and its lot, each its own key with its own profile.
        #expect(Self.siteConf(configuration).contains("    \"/01/09521234000112\" 1;\n"))
        #expect(Self.siteConf(configuration).contains("    \"/01/09521234000112/10/L1\" 2;\n"))
        #expect(configuration.nginxConf.contains("include site.conf;"))
        #expect(configuration.notFoundPage.contains("href=\"https://x.example:8443/index.html\""))
    }

    @Test func aTargetCannotInjectAVariableOrBreakOutOfItsString() throws {
        let base = "https://x.example"
        let page = Linkset.Link(href: base + "/01/09521234000112/10/L1/index.html", title: "page", hreflang: ["en"], type: "text/html")
        let repair = Linkset.Link(href: "https://r.example/$host\"; return 200 \"x\nü", title: "repair", type: "text/html")
        let context = Linkset.Context(
            anchor: base + "/01/09521234000112/10/L1", itemDescription: "Sweater, lot L1",
            links: [.defaultLink: [page], .defaultLinkMulti: [page], .serviceInfo: [repair]])
        let configuration = try Self.configuration(
            baseURL: base, lots: [.init(folder: ["01", "09521234000112", "10", "L1"], productName: "Sweater", context: context)])
        #expect(
            Self.siteConf(configuration).contains(
                "    \"/01/09521234000112/10/L1\" \"https://r.example/%24host%22;%20return%20200%20%22x%0A%C3%BC\";\n"))
        #expect(!Self.siteConf(configuration).contains("$host"))
    }

    /// Lots whose pages and passports sit at the same places in their folders share one profile:
    /// the redirect maps of three lots are those of one, and each lot adds its profile and its own
    /// certificate's slot.
    @Test func lotsWhoseFilesSitAlikeShareOneProfile() throws {
        func lots(_ lots: [String]) -> [ResolverSite.Lot] {
            let base = "https://x.example"
            return lots.map { lot in
                let folder = base + "/01/09521234000112/10/" + lot
                let pages = [
                    Linkset.Link(href: folder + "/index.html", title: "page", hreflang: ["en"], type: "text/html"),
                    Linkset.Link(href: folder + "/index.mn.html", title: "хуудас", hreflang: ["mn"], type: "text/html"),
                ]
                let passport = Linkset.Link(href: folder + "/passport.jsonld", title: "passport", type: "application/ld+json")
                let certificate = Linkset.Link(href: "https://certs.example/" + lot, title: "certificate", type: "text/html")
                let context = Linkset.Context(
                    anchor: folder, itemDescription: "Sweater, lot \(lot)",
                    links: [.defaultLink: [pages[0]], .defaultLinkMulti: pages + [passport], .pip: pages, .certificationInfo: [certificate]])
                return ResolverSite.Lot(folder: ["01", "09521234000112", "10", lot], productName: "Sweater", context: context)
            }
        }
        func targetMap(_ conf: String) -> Substring? {
            guard let start = conf.range(of: "map \"$dpp_profile $dpp_type $dpp_media $dpp_language\" $dpp_target {\n"),
                let end = conf.range(of: "}\n", range: start.upperBound..<conf.endIndex)
            else { return nil }
            return conf[start.upperBound..<end.lowerBound]
        }
        let one = Self.siteConf(try Self.configuration(baseURL: "https://x.example", lots: lots(["L1"])))
        let three = Self.siteConf(try Self.configuration(baseURL: "https://x.example", lots: lots(["L1", "L2", "L3"])))
        let map = try #require(targetMap(three))
        #expect(map == targetMap(one))
        // The product is profile 1, every lot profile 2.
        #expect(map.contains("    \"2 gs1:defaultLinkMulti html mn\" \"https://x.example$dpp_lot_key/index.mn.html\";\n"))
        #expect(map.contains("    \"2 gs1:defaultLinkMulti jsonld en\" \"https://x.example$dpp_lot_key/passport.jsonld\";\n"))
        for lot in ["L1", "L2", "L3"] {
            #expect(three.contains("    \"/01/09521234000112/10/\(lot)\" 2;\n"))
            #expect(three.contains("    \"/01/09521234000112/10/\(lot)\" \"https://certs.example/\(lot)\";\n"))
        }
        #expect(three.contains("    \"2 gs1:certificationInfo\" \"$dpp_slot_1\";\n"))
    }

    /// Lots are written by several threads, so a lot's table may be met before its product's:
    /// the profiles are numbered in the order of the keys all the same.
    @Test func profilesAreNumberedInTheOrderOfTheKeysNotOfTheTablesMet() throws {
        let site = ResolverSite(baseURL: "https://x.example", publisherName: "Khangai")
        let lot = Self.lot(baseURL: site.baseURL)
        let tables = NginxRouteTables(site: site)
        let lotRoutes = site.keys(of: lot).map(tables.route(of:))
        let productRoute = tables.route(of: site.key(of: lot.product))
        let configuration = try NginxConfiguration(
            site: site, routes: NginxRoutes([productRoute] + lotRoutes), tables: tables, siteFolder: "/srv/site", folder: "/etc/dpp", listen: "80")
        #expect(Self.siteConf(configuration) == Self.siteConf(try Self.configuration(baseURL: site.baseURL)))
        #expect(Self.siteConf(configuration).contains("    \"/01/09521234000112\" 1;\n    \"/01/09521234000112/10/L1\" 2;\n"))
        // Profile 1 is the product's: its page in Mongolian (the lot has its English page alone).
        #expect(Self.siteConf(configuration).contains("    \"1 html mn\" \"https://x.example$dpp_lot_key/index.mn.html\";\n"))
        #expect(!Self.siteConf(configuration).contains("    \"2 html mn\""))
    }
}
