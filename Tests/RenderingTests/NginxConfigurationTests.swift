import Rendering
import Testing

/// What the nginx configuration refuses to be written for, and what it holds for a site's keys.
@Suite struct NginxConfigurationTests {
    static func site(baseURL: String) -> ResolverSite {
        let page = Linkset.Link(href: baseURL + "/01/09521234000112/10/L1/index.html", title: "page", hreflang: ["en"], type: "text/html")
        let context = Linkset.Context(
            anchor: baseURL + "/01/09521234000112/10/L1", itemDescription: "Sweater, lot L1",
            links: [.defaultLink: [page], .defaultLinkMulti: [page], .pip: [page]])
        return ResolverSite(
            lots: [.init(folder: ["01", "09521234000112", "10", "L1"], productName: "Sweater", context: context)], baseURL: baseURL,
            publisherName: "Khangai")
    }

    @Test func aBaseURLWithAPathABadListenOrARelativeFolderIsRefused() {
        #expect(throws: NginxConfiguration.Failure.self) {
            try NginxConfiguration(site: Self.site(baseURL: "https://x.example/dpp"), siteFolder: "/srv/site", folder: "/etc/dpp", listen: "80")
        }
        #expect(throws: NginxConfiguration.Failure.self) {
            try NginxConfiguration(site: Self.site(baseURL: "https://x.example"), siteFolder: "/srv/site", folder: "/etc/dpp", listen: "80; evil")
        }
        #expect(throws: NginxConfiguration.Failure.self) {
            try NginxConfiguration(site: Self.site(baseURL: "https://x.example"), siteFolder: "site", folder: "/etc/dpp", listen: "80")
        }
        #expect(throws: NginxConfiguration.Failure.self) {
            try NginxConfiguration(site: Self.site(baseURL: "https://x.example"), siteFolder: "/srv/si\"te", folder: "/etc/dpp", listen: "80")
        }
    }

    @Test func theServerBlockNamesTheHostRootAndEveryKey() throws {
        let configuration = try NginxConfiguration(
            site: Self.site(baseURL: "https://x.example:8443"), siteFolder: "/srv/site", folder: "/etc/dpp", listen: "127.0.0.1:8080")
        #expect(configuration.siteConf.contains("    listen 127.0.0.1:8080;\n    server_name x.example;\n    root /srv/site;\n"))
        // The product and its lot, each its own key with its own profile.
        #expect(configuration.siteConf.contains("    \"/01/09521234000112\" 1;\n"))
        #expect(configuration.siteConf.contains("    \"/01/09521234000112/10/L1\" 2;\n"))
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
        let site = ResolverSite(
            lots: [.init(folder: ["01", "09521234000112", "10", "L1"], productName: "Sweater", context: context)], baseURL: base,
            publisherName: "Khangai")
        let configuration = try NginxConfiguration(site: site, siteFolder: "/srv/site", folder: "/etc/dpp", listen: "80")
        #expect(
            configuration.siteConf.contains(
                "    \"/01/09521234000112/10/L1\" \"https://r.example/%24host%22;%20return%20200%20%22x%0A%C3%BC\";\n"))
        #expect(!configuration.siteConf.contains("$host"))
    }

    /// Lots whose pages and passports sit at the same places in their folders share one profile:
    /// the redirect maps of three lots are those of one, and each lot adds its profile and its own
    /// certificate's slot.
    @Test func lotsWhoseFilesSitAlikeShareOneProfile() throws {
        func site(lots: [String]) -> ResolverSite {
            let base = "https://x.example"
            let published = lots.map { lot in
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
            return ResolverSite(lots: published, baseURL: base, publisherName: "Khangai")
        }
        func targetMap(_ conf: String) -> Substring? {
            guard let start = conf.range(of: "map \"$dpp_profile $dpp_type $dpp_media $dpp_language\" $dpp_target {\n"),
                let end = conf.range(of: "}\n", range: start.upperBound..<conf.endIndex)
            else { return nil }
            return conf[start.upperBound..<end.lowerBound]
        }
        let one = try NginxConfiguration(site: site(lots: ["L1"]), siteFolder: "/srv/site", folder: "/etc/dpp", listen: "80").siteConf
        let three = try NginxConfiguration(site: site(lots: ["L1", "L2", "L3"]), siteFolder: "/srv/site", folder: "/etc/dpp", listen: "80").siteConf
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
}
