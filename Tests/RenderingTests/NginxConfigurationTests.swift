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
        // The lot and its product, each its own key.
        #expect(configuration.siteConf.contains("    \"/01/09521234000112/10/L1\" \"/01/09521234000112/10/L1\";\n"))
        #expect(configuration.siteConf.contains("    \"/01/09521234000112\" \"/01/09521234000112\";\n"))
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
                "    \"/01/09521234000112/10/L1 gs1:serviceInfo\" \"https://r.example/%24host%22;%20return%20200%20%22x%0A%C3%BC\";\n"))
        #expect(!configuration.siteConf.contains("$host"))
    }
}
